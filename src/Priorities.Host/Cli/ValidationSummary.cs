using Priorities.Results;

namespace Priorities.Host.Cli;

/// <summary>The one line <c>validate</c> prints for a valid rule set.</summary>
internal static class ValidationSummary
{
    /// <summary>Such as <c>rules/oxford.yaml: valid — oxford-csp 2026.1, 14 priorities, 30 rules, 2 warnings, hash 1a2b3c4d</c>.</summary>
    public static string Line(string root, RuleSetInfo info, int priorities, int rules, int warnings) =>
        $"{root}: valid — {info.Id} {info.Version}, {Numbers.Count(priorities, "priority", "priorities")}, "
        + $"{Numbers.Count(rules, "rule", "rules")}, {Numbers.Count(warnings, "warning", "warnings")}, hash {Numbers.ShortHash(info.Hash)}";
}
