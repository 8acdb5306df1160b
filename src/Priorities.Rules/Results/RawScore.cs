namespace Priorities.Results;

/// <summary>A raw value a rule gave for a dimension.</summary>
public sealed record RawScore(string Dimension, double Raw);
