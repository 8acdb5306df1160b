using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>One entry of a rule's <c>then.score</c>: a dimension and the expression of its raw value.</summary>
internal sealed record ScoreSpec(string Dimension, SourceLocation DimensionLocation, SourceText Value);
