namespace Priorities.Evaluation;

/// <summary>What one engine session over an assessment produced: the proposing rules' hits and misses.</summary>
/// <param name="Hits">Every firing of a proposing rule, in firing order.</param>
/// <param name="Misses">For each proposing rule and each priority it could support but did not: why not.</param>
internal sealed record EvaluationOutcome(IReadOnlyList<RuleHit> Hits, IReadOnlyList<RuleMiss> Misses);
