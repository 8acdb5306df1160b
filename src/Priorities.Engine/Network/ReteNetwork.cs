using Priorities.Engine.Facts;

namespace Priorities.Engine.Network;

/// <summary>The immutable matching network of a compiled rule set, shared by all of its sessions.</summary>
internal sealed class ReteNetwork
{
    public ReteNetwork(IReadOnlyList<FactType> types, AlphaNode[] nodes, IReadOnlyDictionary<string, TypeDispatcher> dispatchers, CompiledRule[] rules, CompiledRule[] ranked)
    {
        Types = types;
        Nodes = nodes;
        Dispatchers = dispatchers;
        Rules = rules;
        Ranked = ranked;
        IsDirect = rules.All(r => r.Inserts.Length == 0 && r.Deferred.Length == 0);
    }

    /// <summary>
    /// True when no rule inserts facts or has a not-exists, aggregate or test pattern: firing then changes nothing,
    /// so the firing order is known once matching ends, and sessions keep activations in slabs
    /// (<see cref="ActivationSlab"/>) rather than on an agenda.
    /// </summary>
    public bool IsDirect { get; }

    public IReadOnlyList<FactType> Types { get; }

    /// <summary>By fact type name, the nodes whose memories sessions build only when first read (<see cref="AlphaNode.IsLazy"/>).</summary>
    public IReadOnlyDictionary<string, AlphaNode[]> LazyNodes { get; init; } = new Dictionary<string, AlphaNode[]>();

    public AlphaNode[] Nodes { get; }

    public IReadOnlyDictionary<string, TypeDispatcher> Dispatchers { get; }

    /// <summary>Rules in the order they were added.</summary>
    public CompiledRule[] Rules { get; }

    /// <summary>Rules in agenda order: salience descending, then the order they were added.</summary>
    public CompiledRule[] Ranked { get; }
}
