using FsCheck;
using FsCheck.Xunit;
using Priorities.Assessments;
using Priorities.Results;
using Priorities.Rules.Tests.RuleSets.Compilation;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.Evaluation;

/// <summary>Deleting every fact of one category from the Oxford sample, under each shipped rule set.</summary>
public sealed class CategoryRemovalProperties
{
    private static readonly string[] RuleSets = ["oxford.yaml", "matrix.yaml", "morile.yaml"];
    private static readonly Lazy<Assessment> Sample = new(() =>
        AssessmentSerializer.FromYaml(File.ReadAllText(Path.Combine(Repository.Root, "samples", "oxford-city-2024.yaml"))));
    private static readonly Lazy<PlanRuleSet[]> Loaded = new(() => RuleSets
        .Select(f => RuleSetLoader.Load(Path.Combine(Repository.Root, "rules", f)).RuleSet!).ToArray());

    /// <summary>
    /// Priorities covering the category never gain coverage; discretionary priorities that do not cover it keep their
    /// score, coverage and breakdown exactly.
    /// </summary>
    [Property(MaxTest = 40)]
    public void Evaluate_CategoryRemoved_Meets_Specification(NonNegativeInt pickCategory, NonNegativeInt pickRuleSet)
    {
        var sample = Sample.Value;
        var categories = Categories(sample);
        var category = categories[pickCategory.Get % categories.Length];
        var rules = Loaded.Value[pickRuleSet.Get % RuleSets.Length];
        var before = rules.Evaluate(sample);
        var after = rules.Evaluate(Without(sample, category));

        // A statutory duty that does not apply (a pilot outside its areas) is no candidate at all: nothing to compare.
        foreach (var priority in rules.Compiled.Document.Priorities.Where(p => IsCandidate(before, p.Id)))
        {
            var (was, now) = (Find(before, priority.Id), Find(after, priority.Id));
            if (priority.Covers.Contains(category)) Assert.True(now.Coverage <= was.Coverage, $"{priority.Id} gained coverage");
            else if (priority.Covers.Count > 0) Assert.Equal(was, now);
        }
    }

    /// <summary>The assessment without any trend, volume, harm, concern or vulnerability fact of the category.</summary>
    public static Assessment Without(Assessment assessment, string category) => assessment with
    {
        Trends = assessment.Trends.Where(f => f.Category != category).ToArray(),
        Volumes = assessment.Volumes.Where(f => f.Category != category).ToArray(),
        Harm = assessment.Harm.Where(f => f.Category != category).ToArray(),
        Concern = assessment.Concern.Where(f => f.Category != category).ToArray(),
        Vulnerability = assessment.Vulnerability.Where(f => f.Category != category).ToArray(),
    };

    private static string[] Categories(Assessment a) =>
        a.Trends.Select(f => f.Category).Concat(a.Volumes.Select(f => f.Category)).Concat(a.Harm.Select(f => f.Category))
            .Concat(a.Concern.Select(f => f.Category)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static bool IsCandidate(PlanResult result, string id) =>
        result.Priorities.Any(p => p.Id == id) || result.NotSelected.Any(n => n.Id == id)
        || result.EvidenceGaps.Any(g => g.Id == id);

    private static (double? Score, double Coverage, string Breakdown) Find(PlanResult result, string id)
    {
        if (result.Priorities.FirstOrDefault(p => p.Id == id) is { } p) return (p.Score, p.Coverage, Text(p.Breakdown));
        if (result.NotSelected.FirstOrDefault(n => n.Id == id) is { } n) return (n.Score, n.Coverage, Text(n.Breakdown));
        var gap = result.EvidenceGaps.Single(g => g.Id == id);
        return (null, gap.Coverage, string.Join(",", gap.Missing));
    }

    private static string Text(IReadOnlyList<ScoreComponent> breakdown) => string.Join(";", breakdown);
}
