using Priorities.Engine.Diagnostics;

namespace Priorities.Testing;

/// <summary>How the YAML tests exercised one rule: in how many tests it fired, and each of its conditions.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Location">Where the rule is written.</param>
/// <param name="FiredIn">How many tests evaluated an assessment on which it fired.</param>
/// <param name="Conditions">Its conditions, in written order.</param>
public sealed record RuleCoverage(string Id, SourceLocation Location, int FiredIn, IReadOnlyList<ConditionCoverage> Conditions);
