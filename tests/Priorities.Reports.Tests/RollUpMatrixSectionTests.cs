using Priorities.Assessments;
using Priorities.Results;
using Priorities.RollUps;
using Priorities.RuleSets;

namespace Priorities.Reports.Tests;

/// <summary>A county agreement's report shows the priorities × districts matrix only when given the district plans.</summary>
public sealed class RollUpMatrixSectionTests
{
    private static (PlanResult Agreement, IReadOnlyList<PlanResult> Districts) County()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Priorities.sln"))) root = Path.GetDirectoryName(root)!;
        var district = RuleSetLoader.Load(Path.Combine(root, "rules", "oxfordshire-district.yaml")).RuleSet!;
        var rollUp = RuleSetLoader.Load(Path.Combine(root, "rules", "oxfordshire-rollup.yaml")).RuleSet!;
        var assessments = new[] { "oxford-city-2024.yaml", "oxfordshire-cherwell.yaml", "oxfordshire-west.yaml" }
            .Select(f => AssessmentSerializer.FromYaml(File.ReadAllText(Path.Combine(root, "samples", f)))).ToArray();
        var plans = district.EvaluateAll(assessments);
        var agreement = RollUpEvaluator.Evaluate(rollUp, assessments.Select((a, i) => new DistrictPlan(a, plans[i])).ToArray());
        return (agreement, plans);
    }

    [Fact]
    public void RenderText_AgreementWithDistricts_HasTheMatrixWithEachCellsRank()
    {
        var (agreement, districts) = County();

        var markdown = ReportWriter.RenderText(agreement, ReportFormat.Markdown, new ReportOptions { Districts = districts, TimeProvider = FixedClock.Committee });

        var section = markdown[markdown.IndexOf("## Priorities across the partnerships", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        Assert.Contains("| Priority | Agreement | Oxford Safer Communities Partnership | Cherwell | West Oxfordshire | Districts |", section, StringComparison.Ordinal);
        var weapons = agreement.Priorities.Single(p => p.Id == "weapons");
        var ranks = districts.Select(d => d.Priorities.SingleOrDefault(p => p.Id == "weapons")?.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–");
        Assert.Contains($"| Possession of weapons | {weapons.Rank} | {string.Join(" | ", ranks)} | 3 |", section, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_AgreementWithoutDistricts_HasNoMatrix()
    {
        var markdown = ReportWriter.RenderText(County().Agreement, ReportFormat.Markdown, new ReportOptions { TimeProvider = FixedClock.Committee });

        Assert.DoesNotContain("Priorities across the partnerships", markdown, StringComparison.Ordinal);
    }
}
