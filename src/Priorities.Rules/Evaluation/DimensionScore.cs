using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>One dimension of one candidate before the method combines them: the combined raw value and its score.</summary>
internal sealed record DimensionScore(DimensionDefinition Dimension, double? Raw, double Score, bool Sensitive = false);
