namespace Priorities.Results;

/// <summary>A value of a measure for a period: a baseline or an actual.</summary>
/// <param name="Value">The value, in the measure's unit.</param>
/// <param name="Period">The period it is for, as written in the source (e.g. <c>2023/24</c>).</param>
/// <param name="Source">Where it comes from; null for a baseline given in the rule set.</param>
public sealed record MeasurePoint(double Value, string Period, string? Source = null);
