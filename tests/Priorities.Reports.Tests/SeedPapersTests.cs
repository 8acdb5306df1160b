using Priorities.Assessments;
using Priorities.Reports;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Reports.Tests;

/// <summary>
/// The committee papers of the seed packs: rules/seed-001-oxfordshire-csa.yaml and rules/seed-003-south-and-vale.yaml
/// over their samples, in every format, with the seeds' fund lines, targets and caveats.
/// </summary>
public sealed class SeedPapersTests
{
    private static readonly Lazy<PlanResult> Seed001 = new(() => Evaluate("seed-001-oxfordshire-csa", "seed-001-oxfordshire-2017"));
    private static readonly Lazy<PlanResult> Seed003 = new(() => Evaluate("seed-003-south-and-vale", "seed-003-south-and-vale-2017"));

    public static TheoryData<string> Seeds => ["001", "003"];

    [Fact]
    public void RenderText_Seed001_FundingTableHasTheFourSeedAmounts()
    {
        var text = ReportAssert.Markdown(Seed001.Value);
        var finance = Section(text, "## Financial implications\n");

        Assert.Contains("| Domestic abuse | Community Safety Fund | 2016/17 | VAWG coordinator, IDVA posts and the Domestic Abuse Champions Network | £94,374 |", finance, StringComparison.Ordinal);
        Assert.Contains("| Community Safety Fund | 2016/17 | Reducing reoffending (Refresh Café) and reducing alcohol-related harm | £50,656 |", finance, StringComparison.Ordinal);
        Assert.Contains("| Community Safety Fund | 2016/17 | Youth Justice Service | £226,913 |", finance, StringComparison.Ordinal);
        Assert.Contains("| Preventing radicalisation (Prevent) | Community Safety Fund | 2016/17 | No PCC grant funding", finance, StringComparison.Ordinal);
        Assert.Contains("| £0 |", finance, StringComparison.Ordinal);
        Assert.Contains("| Total |  |  |  | £371,943 |", finance, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_Seed001_MeasuresTableShowsAchievedAndMissedWithoutBaselines()
    {
        var text = ReportAssert.Markdown(Seed001.Value);

        Assert.Contains("| Offenders volunteering at the Refresh Café | none given | 35 offenders by 2016/17 | 81 offenders (2016/17) | Achieved | Green |", text, StringComparison.Ordinal);
        Assert.Contains("| Public awareness campaigns completed | none given | 3 campaigns by 2016/17 | 2 campaigns (2016/17) | Missed | Red |", text, StringComparison.Ordinal);
        Assert.Contains("Performance: of 6 measures with a target, 5 green, 0 amber, 1 red and 0 without data.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Seed001_MeasureWithoutBaselineHasNoBaselineInItsSummary()
    {
        var measure = Seed001.Value.Priorities.SelectMany(p => p.Measures).Single(m => m.Id == "public-awareness-campaigns");

        Assert.Null(measure.Baseline);
        Assert.Equal("Missed: 2 in 2016/17 against a target of 3 by 2016/17", measure.Summary);
    }

    [Fact]
    public void RenderText_Seed003_SaysThereAreNoTargetsAndCarriesTheRecordingCaveat()
    {
        var text = ReportAssert.Markdown(Seed003.Value);

        Assert.Contains("No priority has measures with targets yet", text, StringComparison.Ordinal);
        Assert.Contains("| Duty to notify suspected victims of modern slavery | Modern Slavery Act 2015 | s.52 |", text, StringComparison.Ordinal);
        var focus = Section(text, "\n### 1. Protection of vulnerable people\n");
        Assert.Contains("- Caution: the police have changed their crime recording standards", focus, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Render_SeedPaper_EveryFormatHasTheFrontSheetAndNoConditionText(string seed)
    {
        var plan = seed == "001" ? Seed001.Value : Seed003.Value;
        string[] papers = [ReportAssert.Markdown(plan), ReportAssert.Html(plan), await DocxReportTests.Text(plan, isPublic: false)];

        foreach (var paper in papers)
        {
            Assert.Contains("The Board is recommended to endorse", paper, StringComparison.Ordinal);
            Assert.Contains("Financial implications", paper, StringComparison.Ordinal);
            Assert.Contains("Legal implications", paper, StringComparison.Ordinal);
            Assert.DoesNotContain(" not met", paper, StringComparison.Ordinal);
            Assert.DoesNotContain("==", paper, StringComparison.Ordinal);
        }
        if (seed == "001") Assert.All(papers, p => Assert.Contains("£226,913", p, StringComparison.Ordinal));
    }

    private static string Section(string text, string heading)
    {
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no '{heading.Trim()}' in the paper");
        var end = text.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    private static PlanResult Evaluate(string rules, string sample)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Priorities.sln"))) root = Path.GetDirectoryName(root)!;
        var loaded = RuleSetLoader.Load(Path.Combine(root, "rules", rules + ".yaml"));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return loaded.RuleSet!.Evaluate(AssessmentSerializer.FromYaml(File.ReadAllText(Path.Combine(root, "samples", sample + ".yaml"))));
    }
}
