using Priorities.Assessments;

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

    /// <summary>The rule set that produced the plan.</summary>
    public required RuleSetInfo RuleSet { get; init; }

    /// <summary>The selected priorities, in rank order.</summary>
    public required IReadOnlyList<ProposedPriority> Priorities { get; init; }

    /// <summary>The candidates that were not selected, best first, with why not.</summary>
    public required IReadOnlyList<NotSelectedPriority> NotSelected { get; init; }

    /// <summary>Priorities of last year's plan that this plan does not carry on.</summary>
    public required IReadOnlyList<DroppedPriority> Dropped { get; init; }

    /// <summary>The assessment's caveats about its evidence.</summary>
    public required IReadOnlyList<DataQualityNote> DataQuality { get; init; }

    /// <summary>The assessment's sources, with their licence attribution.</summary>
    public required IReadOnlyList<string> Sources { get; init; }
}
