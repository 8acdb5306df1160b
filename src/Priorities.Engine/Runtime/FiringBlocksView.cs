using System.Collections;
using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>The first <c>count</c> firings of a <see cref="FiringBlocks"/>, read without copying.</summary>
internal sealed class FiringBlocksView : IReadOnlyList<Firing>
{
    private readonly FiringBlocks _blocks;

    public FiringBlocksView(FiringBlocks blocks, int count)
    {
        _blocks = blocks;
        Count = count;
    }

    public int Count { get; }

    public Firing this[int index] =>
        (uint)index < (uint)Count ? _blocks.Get(_blocks.BlockOf(index), index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<Firing> GetEnumerator()
    {
        var block = 0;
        var end = Count == 0 ? 0 : _blocks.EndOf(0);
        for (var i = 0; i < Count; i++)
        {
            while (i >= end) end = _blocks.EndOf(++block);
            yield return _blocks.Get(block, i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
