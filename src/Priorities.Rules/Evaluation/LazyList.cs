using System.Collections;

namespace Priorities.Evaluation;

/// <summary>A read-only list computed on first use (a candidate's why-not reasons, wanted only if it is left out).</summary>
internal sealed class LazyList<T>(Func<IReadOnlyList<T>> compute) : IReadOnlyList<T>
{
    private IReadOnlyList<T>? _items;

    private IReadOnlyList<T> Items => _items ??= compute();

    public int Count => Items.Count;

    public T this[int index] => Items[index];

    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
