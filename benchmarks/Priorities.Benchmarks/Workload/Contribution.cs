namespace Priorities.Benchmarks.Workload;

/// <summary>One rule match: the rule, the matched trend's category and area, and the points it scores.</summary>
public sealed record Contribution(string RuleId, string Category, string Area, double Points);
