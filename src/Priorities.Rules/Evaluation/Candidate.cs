using Priorities.Assessments;
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

    /// <summary>The share of the total weight with evidence, 0–1, rounded like scores.</summary>
    public double Coverage { get; init; } = 1;

    /// <summary>Data-quality warnings of its scoring (raw values outside bands open at one end).</summary>
    public IReadOnlyList<DataQualityNote> Notes { get; init; } = [];

    /// <summary>The dimensions it has no evidence for, in declared order.</summary>
    public IReadOnlyList<string> MissingDimensions =>
        Breakdown.Where(c => c.Evidence == EvidenceState.Missing).Select(c => c.Dimension).ToArray();

    /// <summary>The contribution of a dimension, 0 when the model has no such dimension.</summary>
    public double ContributionOf(string dimension) =>
        Breakdown.FirstOrDefault(c => string.Equals(c.Dimension, dimension, StringComparison.Ordinal))?.Contribution ?? 0;
}
