using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>
/// What a rule's scores and <c>because</c> sentence read of the facts it matched, as far as comparing like with like
/// goes: whether they compare two windows (a trend's <c>previous</c>, <c>change</c>, <c>changePct</c> or the
/// assessment's <c>previousPeriod</c>) and whether they quote a figure scaled to a year (<c>annualCount</c>,
/// <c>ratePer1000</c>). Told from the field names written in the rule, so it never depends on the data.
/// </summary>
/// <param name="ComparesPeriods">Whether the rule quotes or scores a change between two windows.</param>
/// <param name="Annualises">Whether the rule quotes or scores a count scaled to a year.</param>
internal sealed partial record RuleReads(bool ComparesPeriods, bool Annualises)
{
    private static readonly ConditionalWeakTable<IReadOnlyList<RuleSpec>, IReadOnlyDictionary<string, RuleReads>> Read = [];

    /// <summary>What each rule reads, by rule id: worked out once per rule set (its rules never change).</summary>
    public static IReadOnlyDictionary<string, RuleReads> Of(RuleSetDocument document) =>
        Read.GetValue(document.Rules, rules => rules.DistinctBy(r => r.Id).ToDictionary(r => r.Id, Of, StringComparer.Ordinal));

    public static RuleReads Of(RuleSpec rule)
    {
        var texts = rule.Then.Scores.Select(s => s.Value.Text)
            .Append(rule.Then.Because?.Text ?? string.Empty)
            .Concat(rule.Then.Derive.SelectMany(d => d.Values.Select(v => v.Value.Text)));
        var joined = string.Join("\n", texts);
        return new RuleReads(Compares().IsMatch(joined), Annual().IsMatch(joined));
    }

    [GeneratedRegex(@"\.(previous|previousCount|change|changePct|previousPeriod)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Compares();

    [GeneratedRegex(@"\.(annualCount|ratePer1000|months)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Annual();
}
