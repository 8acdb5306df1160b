using Priorities.Assessments;
using Priorities.Yaml;

namespace Priorities.Results;

/// <summary>
/// A proposed plan: the ranked priorities with their explanations, the candidates that were not selected and why,
/// and the caveats of the evidence. Immutable; serialise it with <see cref="PlanResultSerializer"/>, which gives
/// byte-identical JSON for the same input.
/// </summary>
public sealed record PlanResult
{
    /// <summary>The partnership the plan is for.</summary>
    public required Partnership Partnership { get; init; }

    /// <summary>The period the assessment covers.</summary>
    public required AssessmentPeriod Period { get; init; }

    /// <summary>The period the trends compare against, when there is one.</summary>
    public AssessmentPeriod? PreviousPeriod { get; init; }

    /// <summary>
    /// SHA-256 (lowercase hex) of the assessment the plan was made from: of its JSON
    /// (<see cref="AssessmentSerializer.ToJson"/>) with its facts in canonical order, so the same assessment as YAML or
    /// JSON, in any order, has one hash. Null in results read from before it was written.
    /// </summary>
    public string? AssessmentSha256 { get; init; }

    /// <summary>The rule set that produced the plan.</summary>
    public required RuleSetInfo RuleSet { get; init; }

    /// <summary>
    /// The statutory duties the plan must include (in force for the period and partnership, whatever the assessment
    /// lists), listed apart from the ranked priorities.
    /// </summary>
    public IReadOnlyList<PlanDuty> StatutoryDuties { get; init; } = [];

    /// <summary>
    /// The selected priorities: the discretionary ones ranked by score, then the mandatory ones (statutory duties
    /// that the rules propose whatever their score) in the order they ranked among themselves.
    /// </summary>
    public required IReadOnlyList<ProposedPriority> Priorities { get; init; }

    /// <summary>The candidates that were not selected, best first, with why not.</summary>
    public required IReadOnlyList<NotSelectedPriority> NotSelected { get; init; }

    /// <summary>Priorities of last year's plan that this plan does not carry on (evidence gaps are not among them).</summary>
    public required IReadOnlyList<DroppedPriority> Dropped { get; init; }

    /// <summary>
    /// Candidates with too little evidence to be assessed (coverage below <c>select.minCoverage</c>), in catalogue
    /// order, each with what data would settle it; neither in <see cref="Priorities"/> nor in <see cref="NotSelected"/>.
    /// </summary>
    public IReadOnlyList<EvidenceGap> EvidenceGaps { get; init; } = [];

    /// <summary>The rule set's framework of aims, in declared order; null when it declares none.</summary>
    public IReadOnlyList<PlanAim>? Aims { get; init; }

    /// <summary>The assessment's caveats about its evidence.</summary>
    public required IReadOnlyList<DataQualityNote> DataQuality { get; init; }

    /// <summary>The assessment's sources, with their licence attribution.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>The id of the priority or candidate closest to a mistyped one, for "did you mean"; null if none is close.</summary>
    /// <param name="id">The id that names no priority or candidate of this plan.</param>
    /// <returns>The nearest id by edit distance, or null.</returns>
    public string? NearestPriorityId(string id) =>
        Suggestions.Nearest(
            id, Priorities.Select(p => p.Id).Concat(NotSelected.Select(c => c.Id)).Concat(EvidenceGaps.Select(g => g.Id)));
}
