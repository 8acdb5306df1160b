using Priorities.Assessments;
using Priorities.Reports;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Reports.Tests;

/// <summary>Reports of a plan that the plan builder made, whose rationale rewrites the rules' sentences.</summary>
public sealed class BuiltPlanReportTests
{
    private const string Marker = "victims at MARAC: 31.7% of cases";

    [Fact]
    public void RenderText_PublicBuiltPlan_LeavesOutTheSensitiveRulesSentence()
    {
        var plan = Build();
        Assert.Contains(plan.Priorities.Single(p => p.Id == "domestic-abuse").Rationale, line => line.Contains(Marker, StringComparison.Ordinal));

        var full = ReportAssert.Markdown(plan);
        var published = ReportAssert.Markdown(plan, isPublic: true);

        Assert.Contains(Marker, full, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, published, StringComparison.Ordinal);
        Assert.DoesNotContain("MARAC", published, StringComparison.Ordinal);
        Assert.Contains("31.7", full, StringComparison.Ordinal);
        Assert.DoesNotContain("31.7", published, StringComparison.Ordinal);
        Assert.Contains("burglary rose in Oxford", published, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("leaves out 2 items marked sensitive: 1 piece of evidence and 1 rule finding.", published, StringComparison.Ordinal);
    }

    private const string Rules = """
        ruleset: built
        version: 1
        priorities:
          - { id: domestic-abuse, title: Domestic abuse, theme: Vulnerability, covers: [domestic-abuse] }
          - { id: burglary, title: Burglary, theme: Acquisitive crime, covers: [burglary] }
        scoring:
          method: weighted-sum
          dimensions:
            vulnerability: { weight: 2, missing: 0, bands: [ { below: 20, score: 1 }, { below: 40, score: 3 }, { else: 5 } ] }
            trend: { weight: 1, missing: 0 }
          select: { top: 2 }
        rules:
          - id: marac-repeats
            when:
              - fact: vulnerability
                as: v
                where: v.indicator == 'marac-repeat'
            then:
              propose: domestic-abuse
              score: { vulnerability: v.value }
              because: "repeat victims at MARAC: {v.value}% of cases"
          - id: rising-burglary
            when:
              - fact: trend
                as: t
                where: t.category == 'burglary'
            then:
              propose: burglary
              score: { trend: 2 }
              because: "burglary rose in {t.area}"
        """;

    /// <summary>A plan the real loader, engine and plan builder make from a tiny rule set and assessment.</summary>
    private static PlanResult Build()
    {
        var loaded = RuleSetLoader.LoadText("built.yaml", Rules);
        Assert.Empty(loaded.Diagnostics);
        var assessment = new Assessment
        {
            Partnership = new Partnership { Name = "Oxford", Areas = ["Oxford"] },
            Period = new AssessmentPeriod { Start = "2024-07", End = "2025-06" },
            Trends = [new TrendFact { Category = "burglary", Area = "Oxford", Count = 120, PreviousCount = 100, Change = 20, ChangePct = 20, Source = "data.police.uk" }],
            Vulnerability = [new VulnerabilityFact { Indicator = "marac-repeat", Category = "domestic-abuse", Area = "Oxford", Value = 31.7, Source = "Oxfordshire MARAC", Sensitive = true }],
        };
        return loaded.RuleSet!.Evaluate(assessment);
    }
}
