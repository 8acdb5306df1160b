namespace Priorities.Results;

/// <summary>A statutory duty the plan must include, listed apart from the ranked discretionary priorities.</summary>
public sealed record PlanDuty
{
    /// <summary>The duty id, such as <c>prevent</c>; the rule sets' priority for it has the same id.</summary>
    public required string Id { get; init; }

    /// <summary>The duty's name.</summary>
    public required string Title { get; init; }

    /// <summary>The Act, such as <c>Counter-Terrorism and Security Act 2015</c>.</summary>
    public required string Act { get; init; }

    /// <summary>The section or sections, such as <c>s.26</c> or <c>ss.24–36</c>.</summary>
    public required string Section { get; init; }

    /// <summary>The day it came into force (a pilot: the day the pilot began), as <c>YYYY-MM-DD</c>.</summary>
    public required string Since { get; init; }

    /// <summary>
    /// <c>continuing</c> when the duty was in force before last year's plan (before the previous period, or 12 months
    /// before this period when there is none), else <c>new</c> (see <see cref="PriorityStatus"/>).
    /// </summary>
    public required string Status { get; init; }

    /// <summary>
    /// Whether the assessment lists the duty; false when it was inferred (the assessment lists no duties) or left out
    /// of a list (which the reader warns about).
    /// </summary>
    public required bool Listed { get; init; }

    /// <summary>
    /// The areas it applies to: those the assessment names (unless its duty fact is sensitive), or the pilot areas the
    /// partnership matches; null when it applies to the whole partnership.
    /// </summary>
    public IReadOnlyList<string>? Areas { get; init; }
}
