using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>A session's facts that passed one alpha node, with a hash index per join key of that node.</summary>
internal sealed class AlphaMemory
{
    private readonly AlphaNode _node;
    private readonly Dictionary<object, List<FactHandle>>?[] _indexes;

    public AlphaMemory(AlphaNode node)
    {
        _node = node;
        _indexes = new Dictionary<object, List<FactHandle>>?[node.RightKeys.Count];
    }

    public List<FactHandle> Facts { get; } = [];

    public void Add(FactHandle fact)
    {
        Facts.Add(fact);
        for (var i = 0; i < _indexes.Length; i++)
        {
            var index = _indexes[i] ??= [];
            var key = _node.RightKeys[i].Reader(fact.Fact) ?? NullKey.Instance;
            if (!index.TryGetValue(key, out var bucket)) index[key] = bucket = [];
            bucket.Add(fact);
        }
    }

    public List<FactHandle>? Lookup(int index, object? key) =>
        _indexes[index] is { } map && map.TryGetValue(key ?? NullKey.Instance, out var bucket) ? bucket : null;
}
