namespace Priorities.Results;

/// <summary>A fact of the assessment that a fired rule matched.</summary>
/// <param name="Kind">The fact type: <c>trend</c>, <c>volume</c>, <c>harm</c>, <c>concern</c>, <c>vulnerability</c>, <c>duty</c>, <c>quality</c> or a derived type.</param>
/// <param name="Category">The category it concerns, if any.</param>
/// <param name="Area">The area it concerns, if any.</param>
/// <param name="Summary">The fact in one plain line, such as <c>burglary in Oxford: 120 against 100 (+20.0%)</c>.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Sensitive">Whether it must stay out of public reports.</param>
public sealed record Evidence(string Kind, string? Category, string? Area, string Summary, string? Source, bool Sensitive);
