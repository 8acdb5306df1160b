using Priorities.Assessments;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Reports.Tests;

/// <summary>The board report of the shipped Oxford plan: evidence gaps have a section of their own.</summary>
public sealed class EvidenceGapSectionTests
{
    private static PlanResult Oxford()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Priorities.sln"))) root = Path.GetDirectoryName(root)!;
        var rules = RuleSetLoader.Load(Path.Combine(root, "rules", "oxford.yaml")).RuleSet!;
        return rules.Evaluate(AssessmentSerializer.FromYaml(File.ReadAllText(Path.Combine(root, "samples", "oxford-city-2024.yaml"))));
    }

    [Fact]
    public void RenderText_OxfordPlan_ListsEvidenceGapsApartWithWhatWouldSettleThem()
    {
        var markdown = ReportAssert.Markdown(Oxford());

        var gaps = markdown[markdown.IndexOf("## Evidence gaps", StringComparison.Ordinal)..];
        gaps = gaps[..gaps.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        Assert.Contains("### Hate crime", gaps, StringComparison.Ordinal);
        Assert.Contains("**Status:** Not assessed: evidence missing", gaps, StringComparison.Ordinal);
        Assert.Contains("**What would settle it:** No evidence of harm, trend, vulnerability, volume or performance for hate crime", gaps, StringComparison.Ordinal);
        Assert.DoesNotContain("Hate crime", markdown[..markdown.IndexOf("## Evidence gaps", StringComparison.Ordinal)].Split("### Dropped priorities")[1].Split("### Not assessed")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_OxfordPlan_ShowsCoverageBelowOne()
    {
        var markdown = ReportAssert.Markdown(Oxford());

        Assert.Contains("Evidence coverage", markdown, StringComparison.Ordinal);
        Assert.Contains("75% of the scoring weight has evidence; the score is rescaled from those dimensions", markdown, StringComparison.Ordinal);
        Assert.Contains("no evidence", markdown, StringComparison.Ordinal);
    }
}
