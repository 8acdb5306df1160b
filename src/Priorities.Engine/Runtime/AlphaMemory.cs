using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>
/// A session's facts that passed one alpha node, with a hash index per join key of that node. An index is built on
/// its first look-up and kept up to date from then on, so keys no join of this session asks for are never computed.
/// </summary>
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
            if (_indexes[i] is { } index) Put(index, i, fact);
        }
    }

    public List<FactHandle>? Lookup(int index, object? key)
    {
        var map = _indexes[index] ??= Build(index);
        return map.TryGetValue(key ?? NullKey.Instance, out var bucket) ? bucket : null;
    }

    private Dictionary<object, List<FactHandle>> Build(int index)
    {
        var map = new Dictionary<object, List<FactHandle>>();
        foreach (var fact in Facts) Put(map, index, fact);
        return map;
    }

    private void Put(Dictionary<object, List<FactHandle>> index, int keyIndex, FactHandle fact)
    {
        var key = _node.RightKeys[keyIndex].Reader(fact.Fact) ?? NullKey.Instance;
        if (!index.TryGetValue(key, out var bucket)) index[key] = bucket = [];
        bucket.Add(fact);
    }
}
