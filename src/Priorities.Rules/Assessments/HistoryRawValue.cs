namespace Priorities.Assessments;

/// <summary>The raw value a dimension of a priority's score had in an adopted plan.</summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Value">The raw value.</param>
public sealed record HistoryRawValue(string Dimension, double Value);
