using System.Globalization;
using System.Text;
using Priorities.Testing;

namespace Priorities.Host.Cli;

/// <summary>
/// <c>priorities test --coverage</c> as text: per rule set its totals, then each rule (fired in N tests) with each
/// condition's place and what the tests saw of it; a last line with the totals of all.
/// </summary>
internal static class CoverageText
{
    public static string Format(IReadOnlyList<RuleSetCoverage> coverage)
    {
        var text = new StringBuilder();
        foreach (var set in coverage)
        {
            var totals = Totals(set.RulesFired, set.Rules.Count, set.ConditionsCovered, set.ConditionCount);
            text.Append(Invariant($"coverage of {set.Id} {set.Version} ({set.File}): {totals}\n"));
            foreach (var rule in set.Rules)
            {
                text.Append(Invariant($"  {rule.Location}: rule {rule.Id}: {Fired(rule.FiredIn)}\n"));
                foreach (var condition in rule.Conditions)
                    text.Append(Invariant($"    {condition.Location}: {condition.Condition}: {Seen(condition)}\n"));
            }
        }
        var all = Totals(coverage.Sum(c => c.RulesFired), coverage.Sum(c => c.Rules.Count),
            coverage.Sum(c => c.ConditionsCovered), coverage.Sum(c => c.ConditionCount));
        text.Append(Invariant($"coverage total: {all}\n"));
        return text.ToString();
    }

    private static string Totals(int fired, int rules, int covered, int conditions) =>
        Invariant($"rules fired {fired}/{rules}, conditions covered {covered}/{conditions}");

    private static string Fired(int tests) => tests switch
    {
        0 => "never fired",
        1 => "fired in 1 test",
        _ => Invariant($"fired in {tests} tests"),
    };

    private static string Seen(ConditionCoverage condition) => (condition.SeenTrue, condition.SeenFalse) switch
    {
        (true, true) => "seen true and false",
        (true, false) => "seen true, never false",
        (false, true) => "seen false, never true",
        _ => "never evaluated",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
