namespace Priorities.Results;

/// <summary>
/// A candidate with too little evidence to be assessed: its coverage (the share of the total weight with evidence)
/// is below the rule set's <c>select.minCoverage</c>. It is neither selected nor "not selected", and a priority of
/// last year's plan here is not assessed rather than dropped.
/// </summary>
public sealed record EvidenceGap
{
    /// <summary>The catalogue id.</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The share of the total weight with evidence, 0–1.</summary>
    public required double Coverage { get; init; }

    /// <summary>The dimensions without evidence, in the scoring model's order.</summary>
    public required IReadOnlyList<string> Missing { get; init; }

    /// <summary>A plain sentence of what data would settle it and where it is published.</summary>
    public required string Need { get; init; }

    /// <summary>
    /// <c>not-assessed</c> (<see cref="PriorityStatus.NotAssessed"/>) when last year's plan has it; null (left out of
    /// JSON) otherwise.
    /// </summary>
    public string? Status { get; init; }
}
