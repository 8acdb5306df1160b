using Priorities.Results;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>A catalogue priority scored for one assessment.</summary>
/// <param name="Definition">Its catalogue entry.</param>
/// <param name="CatalogueIndex">Its place in the catalogue (includes first), the last tie-break.</param>
/// <param name="Hits">The hits that proposed it, in canonical order.</param>
/// <param name="Misses">The rules that did not fire for it, in rule order.</param>
/// <param name="Breakdown">The score per dimension, in declared order.</param>
/// <param name="Total">The total, the rounded sum of the contributions.</param>
/// <param name="Mandatory">Whether a fired rule marks it mandatory.</param>
internal sealed record Candidate(
    PriorityDefinition Definition,
    int CatalogueIndex,
    IReadOnlyList<RuleHit> Hits,
    IReadOnlyList<RuleMiss> Misses,
    IReadOnlyList<ScoreComponent> Breakdown,
    double Total,
    bool Mandatory)
{
    public string Id => Definition.Id;

    public string Title => Definition.Title;

    /// <summary>The contribution of a dimension, 0 when the model has no such dimension.</summary>
    public double ContributionOf(string dimension) =>
        Breakdown.FirstOrDefault(c => string.Equals(c.Dimension, dimension, StringComparison.Ordinal))?.Contribution ?? 0;
}
