using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>Orders activations of one rule by the insertion sequence of their matched facts, pattern by pattern.</summary>
internal sealed class ActivationOrder : IComparer<Firing>
{
    public static readonly ActivationOrder Instance = new();

    public int Compare(Firing x, Firing y)
    {
        var slots = x.Compiled.MatchSlots;
        for (var i = 0; i < slots.Length; i++)
        {
            var c = x.Tuple[slots[i]]!.Sequence.CompareTo(y.Tuple[slots[i]]!.Sequence);
            if (c != 0) return c;
        }
        return 0;
    }
}
