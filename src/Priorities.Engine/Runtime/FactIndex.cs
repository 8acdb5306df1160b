using Priorities.Engine.Facts;
using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>
/// The facts of working memory grouped by type, in insertion order, for the "why not" search; built once for the
/// facts there were when it was made (working memory only grows, so <see cref="Count"/> tells when it is stale).
/// </summary>
internal sealed class FactIndex
{
    private readonly Dictionary<FactType, List<FactHandle>> _byType = new(ReferenceEqualityComparer.Instance);

    public FactIndex(IReadOnlyList<FactHandle> facts)
    {
        Count = facts.Count;
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            if (!_byType.TryGetValue(fact.Type, out var list)) _byType.Add(fact.Type, list = []);
            list.Add(fact);
        }
    }

    /// <summary>How many facts working memory held when the index was built.</summary>
    public int Count { get; }

    /// <summary>The facts of one type, in insertion order; empty when there are none.</summary>
    public IReadOnlyList<FactHandle> Of(FactType type) => _byType.TryGetValue(type, out var list) ? list : [];
}
