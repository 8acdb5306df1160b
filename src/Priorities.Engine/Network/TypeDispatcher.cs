namespace Priorities.Engine.Network;

/// <summary>
/// Routes a new fact of one type to the alpha nodes that can match it: nodes with an equality on a constant are found
/// through a dictionary on that value, so a fact meets only the rules that can match it.
/// </summary>
internal sealed class TypeDispatcher
{
    private readonly List<(string Text, Func<object, object?> Reader, Dictionary<object, List<AlphaNode>> Map)> _groups = [];
    private readonly List<AlphaNode> _unindexed = [];

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

    /// <summary>Calls <paramref name="matched"/> for each node whose conditions <paramref name="fact"/> meets.</summary>
    public void Dispatch<TState>(object fact, TState state, Action<AlphaNode, TState> matched)
    {
        foreach (var (_, reader, map) in _groups)
        {
            if (!map.TryGetValue(reader(fact) ?? NullKey.Instance, out var nodes)) continue;
            foreach (var node in nodes)
                if (node.Test is null || node.Test(fact)) matched(node, state);
        }
        foreach (var node in _unindexed)
            if (node.Test is null || node.Test(fact)) matched(node, state);
    }
}
