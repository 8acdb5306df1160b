using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>
/// A scoring dimension such as harm or trend: its weight, how raw values combine, and how a raw value becomes a
/// score (bands, a lookup table, or the raw value itself when it has neither).
/// </summary>
/// <param name="Id">The dimension's id, as rules name it under <c>score</c>.</param>
/// <param name="Weight">The weight (a multiplier for weighted-sum and max, an exponent for product).</param>
/// <param name="Description">What the dimension measures, if given.</param>
/// <param name="Combine">How several raw values combine.</param>
/// <param name="Missing">
/// The score when no rule gave a raw value, or null for <c>missing: unknown</c> (the default): the priority then has no
/// evidence for the dimension, and its score is taken over the dimensions it has evidence for.
/// </param>
/// <param name="Bands">Bands in ascending order; empty when the dimension has none.</param>
/// <param name="Lookup">Lookup rows; empty when the dimension has none.</param>
/// <param name="Location">Where the dimension is declared.</param>
/// <param name="Evidence">What data would give the dimension a raw value and where it is published, if given.</param>
internal sealed record DimensionDefinition(
    string Id,
    double Weight,
    string? Description,
    CombineMode Combine,
    double? Missing,
    IReadOnlyList<Band> Bands,
    IReadOnlyList<LookupEntry> Lookup,
    SourceLocation Location,
    string? Evidence = null);
