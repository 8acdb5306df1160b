using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>One dimension of one candidate before the method combines them: the combined raw value and its score.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Raw">The combined raw value the rules gave, or null when none did (or it was outside every band).</param>
/// <param name="Score">The score; 0 when the dimension has no evidence.</param>
/// <param name="Sensitive">Whether the raw value came from evidence marked sensitive.</param>
/// <param name="Known">
/// Whether the candidate has evidence for the dimension: a scored raw value, or an explicit <c>missing</c> score.
/// </param>
internal sealed record DimensionScore(DimensionDefinition Dimension, double? Raw, double Score, bool Sensitive = false, bool Known = true);
