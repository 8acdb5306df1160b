using Priorities.Engine.Facts;
using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>
/// A session's alpha memories, one per node that some join or deferred pattern reads. A lazy node's memory
/// (<see cref="AlphaNode.IsLazy"/>) is kept only from the first time it is read, filled then from working memory.
/// </summary>
internal sealed class AlphaMemories
{
    private readonly ReteNetwork _network;
    private readonly List<FactHandle> _facts;
    private readonly AlphaMemory?[] _memories;
    private readonly bool[] _kept;
    private readonly HashSet<FactType> _present = new(ReferenceEqualityComparer.Instance);

    public AlphaMemories(ReteNetwork network, List<FactHandle> facts)
    {
        _network = network;
        _facts = facts;
        _memories = new AlphaMemory?[network.Nodes.Length];
        _kept = network.Nodes.Select(n => n.IsRead && !n.IsLazy).ToArray();
    }

    /// <summary>Notes that working memory holds facts of <paramref name="type"/> (called as each type first arrives).</summary>
    public void NotePresent(FactType type) => _present.Add(type);

    /// <summary>Records that <paramref name="fact"/> passed <paramref name="node"/>, if its memory is kept.</summary>
    public void Add(AlphaNode node, FactHandle fact)
    {
        if (_kept[node.Id]) (_memories[node.Id] ??= new AlphaMemory(node)).Add(fact);
    }

    /// <summary>The facts that passed <paramref name="node"/>, or by join key when <paramref name="index"/> is not -1.</summary>
    public List<FactHandle>? Candidates(AlphaNode node, int index, object? key)
    {
        if (!_kept[node.Id])
        {
            if (!_present.Contains(node.Type)) return null;
            Keep(node.Type);
        }
        var memory = _memories[node.Id];
        if (memory is null) return null;
        return index < 0 ? memory.Facts : memory.Lookup(index, key);
    }

    /// <summary>
    /// Starts keeping the lazy memories of <paramref name="type"/>, filled from the facts of that type in working
    /// memory, in order: the memories eager matching would have built. No fact of that type is being matched at the
    /// time, because a lazy node's rules join it only with facts of another type.
    /// </summary>
    private void Keep(FactType type)
    {
        if (!_network.LazyNodes.TryGetValue(type.Name, out var lazy)) return;
        foreach (var node in lazy) _kept[node.Id] = true;
        var dispatcher = _network.Dispatchers[type.Name];
        foreach (var fact in _facts)
        {
            if (!ReferenceEquals(fact.Type, type)) continue;
            for (var g = 0; g < dispatcher.Groups; g++)
            {
                if (dispatcher.Bucket(g, fact.Fact) is { } nodes) KeepPassing(nodes, fact);
            }
            KeepPassing(dispatcher.Unindexed, fact);
        }
    }

    private void KeepPassing(AlphaNode[] nodes, FactHandle fact)
    {
        foreach (var node in nodes)
        {
            if (node.IsLazy && (node.Test is null || node.Test(fact.Fact))) Add(node, fact);
        }
    }
}
