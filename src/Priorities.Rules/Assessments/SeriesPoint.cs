namespace Priorities.Assessments;

/// <summary>One month of a trend's series.</summary>
public sealed record SeriesPoint
{
    /// <summary>The month, as <c>YYYY-MM</c>.</summary>
    public required string Period { get; init; }

    /// <summary>The count for the month.</summary>
    public required int Count { get; init; }
}
