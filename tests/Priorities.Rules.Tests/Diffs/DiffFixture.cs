using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.Diffs;

/// <summary>The shipped Oxford rule set, variants of its text and the samples, for the diff tests.</summary>
internal static class DiffFixture
{
    public const string TrendWeight = "    trend:\n      weight: 2\n";
    public const string HarmWeight = "    harm:\n      weight: 3\n";
    public const string Selection = "  select: { top: 8, minScore: 12 }\n";

    private static readonly Lazy<string> Text = new(() => File.ReadAllText(OxfordPath).ReplaceLineEndings("\n"));

    public static string OxfordPath => Path.Combine(Repository.Root, "rules", "oxford.yaml");

    /// <summary>The text of rules/oxford.yaml.</summary>
    public static string OxfordText => Text.Value;

    public static PlanRuleSet Oxford() => Loaded(RuleSetLoader.Load(OxfordPath));

    /// <summary>Oxford's text with each (find, replace) applied once; each find must be there exactly once.</summary>
    public static PlanRuleSet OxfordWith(params (string Find, string Replace)[] edits) => Load(Edited(OxfordText, edits));

    public static string Edited(string text, params (string Find, string Replace)[] edits)
    {
        foreach (var (find, replace) in edits)
        {
            var at = text.IndexOf(find, StringComparison.Ordinal);
            Assert.True(at >= 0 && text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' is not in the text exactly once");
            text = string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
        }
        return text;
    }

    /// <summary>Loads rule-set text as if it were a file beside oxford.yaml (its includes resolve there).</summary>
    public static PlanRuleSet Load(string text) =>
        Loaded(RuleSetLoader.LoadText(Path.Combine(Repository.Root, "rules", "oxford-variant.yaml"), text));

    public static Assessment Sample(string name)
    {
        var read = AssessmentReader.Read(Path.Combine(Repository.Root, "samples", name + ".yaml"));
        Assert.True(read.Assessment is not null, string.Join("\n", read.Diagnostics));
        return read.Assessment!;
    }

    /// <summary>
    /// Each priority of a plan as (state, place, score, coverage, breakdown), read straight from the result: the
    /// independent account the differ's movers are checked against.
    /// </summary>
    public static Dictionary<string, (string State, int? Place, double? Score, double? Coverage, IReadOnlyList<ScoreComponent> Breakdown)> Places(PlanResult plan)
    {
        var places = new Dictionary<string, (string, int?, double?, double?, IReadOnlyList<ScoreComponent>)>(StringComparer.Ordinal);
        foreach (var p in plan.Priorities) places[p.Id] = ("selected", p.Rank, p.Score, p.Coverage, p.Breakdown);
        for (var i = 0; i < plan.NotSelected.Count; i++)
        {
            var c = plan.NotSelected[i];
            places[c.Id] = ("not-selected", plan.Priorities.Count + i + 1, c.Score, c.Coverage, c.Breakdown);
        }
        foreach (var g in plan.EvidenceGaps) places[g.Id] = ("evidence-gap", null, null, g.Coverage, []);
        return places;
    }

    /// <summary>
    /// The Oxford sample as a second year: one category's trend with another count (and its change and rate), and
    /// every trend of that category marked sensitive when asked.
    /// </summary>
    public static Assessment WithTrend(Assessment assessment, string category, int count, bool sensitive)
    {
        var trends = assessment.Trends.Select(t => t.Category != category ? t : t with
        {
            Count = count,
            Change = count - t.PreviousCount,
            ChangePct = Math.Round(100.0 * (count - t.PreviousCount) / t.PreviousCount, 1),
            Sensitive = sensitive,
        }).ToArray();
        return assessment with { Trends = trends };
    }

    private static PlanRuleSet Loaded(RuleSetLoadResult load)
    {
        Assert.True(load.Succeeded, string.Join("\n", load.Diagnostics));
        return load.RuleSet!;
    }
}
