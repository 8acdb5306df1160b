namespace Priorities.Assessments;

/// <summary>A run of whole months, both ends included.</summary>
public sealed record AssessmentPeriod
{
    /// <summary>The first month, as <c>YYYY-MM</c>.</summary>
    public required string Start { get; init; }

    /// <summary>The last month, as <c>YYYY-MM</c>.</summary>
    public required string End { get; init; }

    /// <summary>A readable name for the period, such as <c>year ending June 2025</c>.</summary>
    public string? Label { get; init; }
}
