using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>One row of a dimension's lookup table: an exact raw value and its score.</summary>
internal sealed record LookupEntry(double Raw, double Score, SourceLocation Location);
