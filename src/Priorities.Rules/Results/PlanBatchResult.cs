namespace Priorities.Results;

/// <summary>
/// The plans of several partnerships proposed in one run, and the county agreement rolled up from them when a
/// roll-up rule set was given. Serialise it with <see cref="PlanBatchSerializer"/>; each plan follows <c>result.schema.json</c>.
/// </summary>
public sealed record PlanBatchResult
{
    /// <summary>Each partnership's plan, in the order the assessments were given; each as if proposed alone.</summary>
    public required IReadOnlyList<PlanResult> Plans { get; init; }

    /// <summary>The county agreement of the roll-up rule set; null without one.</summary>
    public PlanResult? Agreement { get; init; }
}
