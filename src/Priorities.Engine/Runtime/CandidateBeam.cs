using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>
/// The best candidates of one step of the "why not" search, closest first (fewest failed conditions, then most
/// passed, then earliest facts, slot by slot), at most
/// <c>width</c> of them. A candidate is only copied into a tuple of its own when it is good enough to be kept, and
/// among equals the one offered first stays first.
/// </summary>
internal sealed class CandidateBeam(int width)
{
    private readonly List<CandidateScore> _items = new(width + 1);

    public List<CandidateScore> Items => _items;

    /// <summary>Offers <paramref name="tuple"/> with <paramref name="fact"/> at <paramref name="slot"/>.</summary>
    public void Offer(FactHandle?[] tuple, int slot, FactHandle fact, int failed, int passed)
    {
        var at = UpperBound(tuple, slot, fact, failed, passed);
        if (at >= width) return;
        var extended = (FactHandle?[])tuple.Clone();
        extended[slot] = fact;
        _items.Insert(at, new CandidateScore(extended, failed, passed));
        if (_items.Count > width) _items.RemoveAt(_items.Count - 1);
    }

    /// <summary>The index after the last kept candidate that is not worse than the offered one.</summary>
    private int UpperBound(FactHandle?[] tuple, int slot, FactHandle fact, int failed, int passed)
    {
        int low = 0, high = _items.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (Compare(_items[mid], tuple, slot, fact, failed, passed) <= 0) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    /// <summary>Compares a kept candidate with the offered one: negative when the kept one is closer.</summary>
    private static int Compare(CandidateScore kept, FactHandle?[] tuple, int slot, FactHandle fact, int failed, int passed)
    {
        var c = kept.Failed.CompareTo(failed);
        if (c != 0) return c;
        c = passed.CompareTo(kept.Passed);
        if (c != 0) return c;
        for (var i = 0; i < tuple.Length; i++)
        {
            var offered = i == slot ? fact : tuple[i];
            c = (kept.Tuple[i]?.Sequence ?? -1).CompareTo(offered?.Sequence ?? -1);
            if (c != 0) return c;
        }
        return 0;
    }
}
