using Priorities.Assessments;
using Priorities.Reports;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Reports.Tests;

/// <summary>End to end: sentences that quote sensitive evidence, wherever the plan writes them, stay out of a public view.</summary>
public sealed class PublicViewSensitiveLinesTests
{
    private const string Rules = """
        ruleset: sensitive
        version: "1"
        priorities:
          - { id: da, title: Domestic abuse, theme: Violence, covers: [domestic-abuse] }
          - { id: asb, title: Anti-social behaviour, theme: Communities, covers: [anti-social-behaviour] }
        scoring:
          method: weighted-sum
          dimensions:
            trend: { weight: 1, missing: 0 }
          select: { minScore: 5 }
        rules:
          - id: rising
            when:
              - fact: priority
                as: p
              - fact: trend
                as: t
                where: t.category in p.covers and has(t.changePct) and t.changePct >= 10
            then:
              propose: p
              score: { trend: t.changePct }
              because: "{t.categoryName} rose {t.changePct}% in {t.area}"
        """;

    [Fact]
    public void Of_MissQuotingSensitiveTrend_LeavesTheReasonOutAndCountsIt()
    {
        var result = Evaluate(Trend("domestic-abuse", 6.3, sensitive: true, small: false), Trend("anti-social-behaviour", 4.1, sensitive: false, small: false));
        var full = Assert.Single(result.NotSelected, n => n.Id == "da");
        var line = Assert.Single(full.WhyNot, l => l.Contains("6.3", StringComparison.Ordinal));
        Assert.Contains(line, full.SensitiveLines);

        var view = PublicView.Of(result);

        var cleaned = Assert.Single(view.Result.NotSelected, n => n.Id == "da");
        Assert.DoesNotContain(cleaned.WhyNot, l => l.Contains("6.3", StringComparison.Ordinal));
        Assert.Contains(Assert.Single(view.Result.NotSelected, n => n.Id == "asb").WhyNot, l => l.Contains("4.1", StringComparison.Ordinal));
        Assert.Equal(1, view.WithheldFindings);
    }

    [Fact]
    public void Of_SmallNumbersCaveatOfSensitiveTrend_LeavesTheCaveatOut()
    {
        var result = Evaluate(Trend("domestic-abuse", 40, sensitive: true, small: true));
        var full = Assert.Single(result.Priorities, p => p.Id == "da");
        Assert.Contains(full.Rationale, l => l.StartsWith("Caution: counts of domestic abuse", StringComparison.Ordinal));

        var cleaned = Assert.Single(PublicView.Of(result).Result.Priorities, p => p.Id == "da");

        Assert.DoesNotContain(cleaned.Rationale, l => l.Contains("domestic", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(cleaned.Evidence);
        Assert.Empty(cleaned.SensitiveLines);
    }

    [Fact]
    public void Of_SensitiveLineWithCaution_LeavesItOutAndCountsTheFindingOnce()
    {
        var seasonal = Trend("domestic-abuse", 40, sensitive: true, small: false) with { Period = "2024-10..2024-12", PreviousPeriod = "2024-07..2024-09" };
        var result = Evaluate(seasonal);
        var full = Assert.Single(result.Priorities, p => p.Id == "da");
        Assert.Contains(full.Rationale, l => l.StartsWith("Domestic abuse rose 40% in Oxford. Caution: quarter on quarter", StringComparison.Ordinal));

        var view = PublicView.Of(result);

        Assert.DoesNotContain(Assert.Single(view.Result.Priorities, p => p.Id == "da").Rationale, l => l.Contains("40%", StringComparison.Ordinal));
        Assert.Equal(1, view.WithheldFindings);
    }

    private static PlanResult Evaluate(params TrendFact[] trends)
    {
        var loaded = RuleSetLoader.LoadText("sensitive.yaml", Rules);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return loaded.RuleSet!.Evaluate(new Assessment
        {
            Partnership = new Partnership { Name = "Oxford", Areas = ["Oxford"] },
            Period = new AssessmentPeriod { Start = "2024-01", End = "2024-12" },
            Trends = trends,
        });
    }

    private static TrendFact Trend(string category, double changePct, bool sensitive, bool small) =>
        new() { Category = category, Area = "Oxford", Count = 12, PreviousCount = 10, Change = 2, ChangePct = changePct, SmallNumbers = small, Source = "test", Sensitive = sensitive };
}
