using System.Collections;

namespace Priorities.Engine.Runtime;

/// <summary>A read-only view of the first <c>count</c> items of a list that only grows, taken without copying.</summary>
internal sealed class ListPrefix<T> : IReadOnlyList<T>
{
    private readonly List<T> _list;

    public ListPrefix(List<T> list)
    {
        _list = list;
        Count = list.Count;
    }

    public int Count { get; }

    public T this[int index] => (uint)index < (uint)Count ? _list[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return _list[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
