namespace Priorities.Engine.Network;

/// <summary>
/// Routes a new fact of one type to the alpha nodes that can match it: nodes with an equality on a constant are found
/// through a dictionary on that value, so a fact meets only the rules that can match it.
/// </summary>
internal sealed class TypeDispatcher
{
    private readonly List<(string Text, Func<object, object?> Reader, Dictionary<object, List<AlphaNode>> Map)> _groups = [];
    private readonly List<AlphaNode> _unindexed = [];
    private Func<object, object?>[] _readers = [];
    private Dictionary<object, AlphaNode[]>[] _maps = [];
    private AlphaNode[] _unindexedNodes = [];

    public void Add(AlphaNode node)
    {
        if (node.IndexSide is null)
        {
            _unindexed.Add(node);
            return;
        }
        var text = node.IndexSide.Text.Trim();
        var group = _groups.FindIndex(g => g.Text == text);
        if (group < 0)
        {
            _groups.Add((text, TupleCompiler.FactKey(node.IndexSide), new Dictionary<object, List<AlphaNode>>()));
            group = _groups.Count - 1;
        }
        var map = _groups[group].Map;
        var key = node.IndexValue ?? NullKey.Instance;
        if (!map.TryGetValue(key, out var nodes)) map[key] = nodes = [];
        nodes.Add(node);
    }

    /// <summary>Turns the groups into arrays once every node is added, for the hot path.</summary>
    public void Freeze()
    {
        _readers = _groups.Select(g => g.Reader).ToArray();
        _maps = _groups.Select(g => g.Map.ToDictionary(e => e.Key, e => e.Value.ToArray())).ToArray();
        _unindexedNodes = _unindexed.ToArray();
    }

    /// <summary>How many index groups there are: call <see cref="Bucket"/> for each.</summary>
    public int Groups => _readers.Length;

    /// <summary>The nodes of group <paramref name="group"/> whose constant equals the fact's value, or null.</summary>
    public AlphaNode[]? Bucket(int group, object fact) =>
        _maps[group].TryGetValue(_readers[group](fact) ?? NullKey.Instance, out var nodes) ? nodes : null;

    /// <summary>The nodes no constant routes to: every fact of the type is tested against them.</summary>
    public AlphaNode[] Unindexed => _unindexedNodes;
}
