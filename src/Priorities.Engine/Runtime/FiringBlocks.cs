using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>
/// The firing order of a session on the direct path: one block per rule and <see cref="RuleSession.Fire"/> call,
/// each a run of consecutive rows of the rule's <see cref="ActivationSlab"/>. A firing is made from its block when
/// read, so the session keeps nothing per firing.
/// </summary>
internal sealed class FiringBlocks
{
    private readonly List<(int Start, ActivationSlab Slab, int Row)> _blocks = [];

    /// <summary>Firings so far.</summary>
    public int Count { get; private set; }

    public void Append(ActivationSlab slab, int row, int count)
    {
        _blocks.Add((Count, slab, row));
        Count += count;
    }

    /// <summary>The block holding firing <paramref name="index"/> (which is less than <see cref="Count"/>).</summary>
    public int BlockOf(int index)
    {
        int low = 0, high = _blocks.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) >> 1;
            if (_blocks[mid].Start <= index) low = mid;
            else high = mid - 1;
        }
        return low;
    }

    /// <summary>Firing <paramref name="index"/>, known to lie in block <paramref name="block"/>.</summary>
    public Firing Get(int block, int index)
    {
        var (start, slab, row) = _blocks[block];
        return new Firing(slab, row + index - start, index);
    }

    /// <summary>Where block <paramref name="block"/> ends (its last firing plus one).</summary>
    public int EndOf(int block) => block + 1 < _blocks.Count ? _blocks[block + 1].Start : Count;

    /// <summary>A read-only view of the firings so far, unaffected by later firings.</summary>
    public IReadOnlyList<Firing> Snapshot() => new FiringBlocksView(this, Count);
}
