using Priorities.Assessments;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class MissExplanationsTests
{
    private const string Rules = """
        ruleset: misses
        version: "1"
        priorities:
          - { id: burglary, title: Burglary, theme: Acquisitive, covers: [burglary] }
          - { id: hate, title: Hate crime, theme: Violence, covers: [hate-crime] }
        scoring:
          method: weighted-sum
          dimensions:
            trend: { weight: 1, missing: 0 }
          select: { minScore: 100 }
        rules:
          - id: rising
            when:
              - fact: priority
                as: p
              - fact: trend
                as: t
                where: t.category in p.covers and has(t.changePct) and t.changePct > 10
            then:
              propose: p
              score: { trend: t.changePct }
              because: "{t.category} rose {t.changePct}%"
        """;

    [Fact]
    public void Evaluate_NoFactAboutCoveredCategories_SaysSoInsteadOfNamingAnotherCategory()
    {
        var whyNot = WhyNot("hate", changePct: 4);
        Assert.Contains("rising: the assessment has no trend facts about the categories it covers (hate-crime)", whyNot);
        Assert.DoesNotContain(whyNot, line => line.Contains("burglary", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_StrictComparisonMissedExactly_SaysNotAboveRatherThanZeroShort()
    {
        var whyNot = WhyNot("burglary", changePct: 10);
        Assert.Contains(whyNot, line => line.Contains("burglary in Oxford changed by 10%, which is not above 10", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_ThresholdMissed_GivesTheShortfall()
    {
        var whyNot = WhyNot("burglary", changePct: 6.3);
        Assert.Contains(whyNot, line => line.Contains("burglary in Oxford changed by 6.3%, 3.7 short of 10", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_ChangeUnknown_SaysItIsUnknownRatherThanZeroShort()
    {
        var whyNot = WhyNot("burglary", changePct: null);

        Assert.Contains("rising: has(trend.changePct) not met: trend.changePct is unknown for burglary in Oxford", whyNot);
        Assert.DoesNotContain(whyNot, line => line.Contains("short of", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> WhyNot(string priority, double? changePct)
    {
        var loaded = RuleSetLoader.LoadText("misses.yaml", Rules);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var trend = new TrendFact { Category = "burglary", Area = "Oxford", Count = 100, PreviousCount = 90, Change = 10, ChangePct = changePct, Source = "test" };
        var assessment = new Assessment
        {
            Partnership = new Partnership { Name = "Oxford", Areas = ["Oxford"] },
            Period = new AssessmentPeriod { Start = "2024-01", End = "2024-12" },
            Trends = [trend],
        };
        var result = loaded.RuleSet!.Evaluate(assessment);
        return Assert.Single(result.NotSelected, n => n.Id == priority).WhyNot;
    }
}
