using Priorities.Results;

namespace Priorities.Reports.Tests;

/// <summary>The board report of the shipped Oxford plan: evidence gaps have an appendix of their own.</summary>
public sealed class EvidenceGapSectionTests
{
    private static PlanResult Oxford() => PaperPlans.OxfordSample();

    [Fact]
    public void RenderText_OxfordPlan_ListsEvidenceGapsApartWithWhatWouldSettleThem()
    {
        var markdown = ReportAssert.Markdown(Oxford());

        var gaps = markdown[markdown.IndexOf("## Appendix C: Evidence gaps", StringComparison.Ordinal)..];
        gaps = gaps[..gaps.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        Assert.Contains("| Hate crime | Only 27% of the scoring weight has evidence, none on harm, trend, vulnerability or volume, too little to "
            + "score it fairly; it was in last year's plan and is not assessed this year rather than dropped. | No evidence of harm, trend, "
            + "vulnerability or volume for hate crime", gaps, StringComparison.Ordinal);
        Assert.Contains("| Hate crime | Not assessed: evidence missing (appendix C); in last year's plan, not dropped |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| Hate crime | Dropped", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_OxfordPlan_ShowsCoverageBelowOne()
    {
        var markdown = ReportAssert.Markdown(Oxford());

        Assert.Contains("Evidence coverage", markdown, StringComparison.Ordinal);
        Assert.Contains("82% of the scoring weight has evidence; the score is rescaled from those dimensions", markdown, StringComparison.Ordinal);
        Assert.Contains("no evidence", markdown, StringComparison.Ordinal);
    }
}
