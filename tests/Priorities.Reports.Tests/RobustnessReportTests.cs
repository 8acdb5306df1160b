using System.Text;
using Priorities.Assessments;
using Priorities.Results;
using Priorities.RuleSets;
using Priorities.Sensitivity;

namespace Priorities.Reports.Tests;

/// <summary>The board paper with a sensitivity analysis: how robust the order is, and each priority stable or marginal.</summary>
public sealed class RobustnessReportTests
{
    private static readonly Lazy<SensitivityResult> Analysis = new(() =>
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Priorities.sln"))) root = Path.GetDirectoryName(root)!;
        var rules = RuleSetLoader.Load(Path.Combine(root, "rules", "oxford.yaml")).RuleSet!;
        var assessment = AssessmentSerializer.FromYaml(File.ReadAllText(Path.Combine(root, "samples", "oxford-city-2024.yaml")));
        return SensitivityAnalyzer.Analyze(rules, assessment, new SensitivityOptions { Samples = 200 });
    });

    private static PlanResult Plan => PaperPlans.OxfordSample();

    internal static SensitivityResult OxfordAnalysis => Analysis.Value;

    [Fact]
    public void Render_WithSensitivity_SummarySaysHowRobustAndEachPriorityWhy()
    {
        var text = Markdown(Plan, Analysis.Value);

        Assert.Contains("**How robust is this order?** We varied every weight by up to 20% either way, in 200 random weightings",
            text, StringComparison.Ordinal);
        Assert.Contains("All 6 ranked priorities are stable.", text, StringComparison.Ordinal);
        Assert.Contains($"median Kendall's τ of {ReportText.Number(Analysis.Value.Tau.Median)}", text, StringComparison.Ordinal);
        foreach (var p in Analysis.Value.Priorities.Where(p => p.Selected && !p.Mandatory))
        {
            var flip = p.Flip is { } f ? $"; only a {f.Dimension} weight of {ReportText.Number(f.To)} instead of {ReportText.Number(f.From)} would drop it from the plan" : "";
            Assert.Contains($"**Robustness:** Stable: selected in every weighting{flip}.", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_WithoutSensitivity_NoRobustness()
    {
        var text = Markdown(Plan, null);

        Assert.DoesNotContain("How robust", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Robustness", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MarginalPriorities_NamedInTheSummaryWithTheirReasons()
    {
        var first = Plan.Priorities[0];
        var left = Analysis.Value.Priorities.First(p => !p.Selected);
        var marginal = Analysis.Value with
        {
            Priorities = Analysis.Value.Priorities.Select(p => p.Id == first.Id || p.Id == left.Id
                ? p with { Verdict = SensitivityVerdicts.Marginal, Reason = "Selected in 61% of 200 weightings; a trend weight of 1.6 instead of 2 would move it." }
                : p).ToArray(),
        };

        var text = Markdown(Plan, marginal);

        Assert.Contains($"5 are stable and 1 marginal: {first.Title} (reasons with each priority below).", text, StringComparison.Ordinal);
        Assert.Contains($"Left out but close to entering: {left.Title} (selected in 61% of 200 weightings;", text, StringComparison.Ordinal);
        Assert.Contains("**Robustness:** Marginal. Selected in 61% of 200 weightings", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PublicVersion_KeepsTheRobustness()
    {
        var options = ReportAssert.Options(isPublic: true) with { Sensitivity = Analysis.Value };

        var text = Encoding.UTF8.GetString(ReportWriter.Render(Plan, ReportFormat.Html, options));

        Assert.Contains("How robust is this order?", text, StringComparison.Ordinal);
    }

    private static string Markdown(PlanResult plan, SensitivityResult? sensitivity) =>
        Encoding.UTF8.GetString(ReportWriter.Render(plan, ReportFormat.Markdown, ReportAssert.Options() with { Sensitivity = sensitivity }));
}
