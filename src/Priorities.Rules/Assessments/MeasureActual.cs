namespace Priorities.Assessments;

/// <summary>
/// An actual value of a measure of the rule set's catalogue, for a period; the plan compares the latest one with
/// the measure's target.
/// </summary>
public sealed record MeasureActual
{
    /// <summary>The measure's id, as the rule set's catalogue names it.</summary>
    public required string Measure { get; init; }

    /// <summary>The value, in the measure's unit.</summary>
    public required double Value { get; init; }

    /// <summary>
    /// The period it is for: a financial year <c>2024/25</c>, a calendar year <c>2024</c> or a month <c>2024-06</c>.
    /// </summary>
    public required string Period { get; init; }

    /// <summary>Where the figure comes from.</summary>
    public required string Source { get; init; }
}
