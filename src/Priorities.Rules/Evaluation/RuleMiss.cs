namespace Priorities.Evaluation;

/// <summary>
/// A proposing rule that did not fire for a priority, with the reasons in plain English: each failed condition of
/// the closest candidate and by how much, such as <c>trend.changePct >= 10: burglary in Oxford was 6.3, short by 3.7</c>.
/// </summary>
/// <param name="RuleId">The rule.</param>
/// <param name="PriorityId">The priority it would have supported.</param>
/// <param name="Reasons">Why it did not fire, most telling first.</param>
/// <param name="Sensitive">Whether the reasons quote facts marked sensitive (a public report leaves them out).</param>
internal sealed record RuleMiss(string RuleId, string PriorityId, IReadOnlyList<string> Reasons, bool Sensitive = false);
