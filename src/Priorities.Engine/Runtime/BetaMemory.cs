using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>A session's partial tuples for a prefix of a rule's match patterns, indexed by the next join's key.</summary>
internal sealed class BetaMemory
{
    private readonly Func<FactHandle?[], object?>? _key;
    private readonly Dictionary<object, List<FactHandle?[]>>? _index;

    public BetaMemory(Func<FactHandle?[], object?>? key)
    {
        _key = key;
        if (key is not null) _index = [];
    }

    /// <summary>Every tuple; kept only when the next join has no key (with a key, the index holds them).</summary>
    public List<FactHandle?[]> Tokens { get; } = [];

    public void Add(FactHandle?[] token)
    {
        if (_index is null)
        {
            Tokens.Add(token);
            return;
        }
        var key = _key!(token) ?? NullKey.Instance;
        if (!_index.TryGetValue(key, out var bucket)) _index[key] = bucket = [];
        bucket.Add(token);
    }

    public List<FactHandle?[]>? Lookup(object? key) =>
        _index!.TryGetValue(key ?? NullKey.Instance, out var bucket) ? bucket : null;
}
