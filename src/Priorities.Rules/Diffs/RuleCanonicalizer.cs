using System.Globalization;
using Priorities.RuleSets.Model;

namespace Priorities.Diffs;

/// <summary>
/// The content of a rule, part by part, in a canonical form: what the rule means, not how its YAML is laid out
/// (positions, key order, flow or block style, whitespace outside quoted text, description and tags are left out).
/// </summary>
internal static class RuleCanonicalizer
{
    /// <summary>The parts in <see cref="RuleChange.Parts"/> order, each with its canonical text.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parts(RuleSpec rule) =>
    [
        new("when", string.Join("\n", rule.When.Select(Pattern))),
        new("score", string.Join("\n", rule.Then.Scores.OrderBy(s => s.Dimension, StringComparer.Ordinal)
            .Select(s => $"{s.Dimension}={ExpressionText.Canonical(s.Value.Text)}"))),
        new("because", ExpressionText.Sentence(rule.Then.Because?.Text)),
        new("propose", $"{rule.Then.Propose}|{rule.Then.Mandatory}"),
        new("derive", string.Join("\n", rule.Then.Derive.Select(Derive))),
        new("salience", rule.Salience.ToString(CultureInfo.InvariantCulture)),
    ];

    private static string Pattern(PatternSpec pattern) =>
        $"{pattern.Form}|{pattern.FactType}|{pattern.Binding}|{pattern.Each}|"
        + $"{ExpressionText.Canonical(pattern.Where?.Text)}|{ExpressionText.Canonical(pattern.Of?.Text)}";

    private static string Derive(DeriveSpec derive) =>
        derive.FactType + "{" + string.Join(",", derive.Values.OrderBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => $"{v.Key}={ExpressionText.Canonical(v.Value.Text)}")) + "}";
}
