using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.RuleSets;
using Priorities.Sensitivity;

namespace Priorities.Rules.Tests.Sensitivity;

/// <summary>The analysis through the public API: the Oxford sample, a tie at the boundary, and bad options.</summary>
public sealed class SensitivityAnalyzerTests
{
    private const string TieRules = """
        ruleset: tie
        version: 1
        priorities:
          - { id: burglary, title: Burglary, theme: Acquisitive, covers: [burglary] }
          - { id: robbery, title: Robbery, theme: Violence, covers: [robbery] }
        scoring:
          method: weighted-sum
          dimensions:
            trend: { weight: 1 }
            volume: { weight: 1 }
          select: { top: 1 }
        rules:
          - id: burglary-rising
            when:
              - { fact: trend, as: t, where: "t.category == 'burglary'" }
            then: { propose: burglary, score: { trend: 4, volume: 2 }, because: "burglary rose" }
          - id: robbery-rising
            when:
              - { fact: trend, as: t, where: "t.category == 'robbery'" }
            then: { propose: robbery, score: { trend: 2, volume: 4 }, because: "robbery rose" }
        """;

    private static readonly Lazy<PlanRuleSet> Oxford = new(() =>
        RuleSetLoader.Load(Path.Combine(Repository.Root, "rules", "oxford.yaml")).RuleSet!);

    private static readonly Lazy<Assessment> Sample = new(() =>
        AssessmentReader.Read(Path.Combine(Repository.Root, "samples", "oxford-city-2024.yaml")).Assessment!);

    [Fact]
    public void Analyze_Oxford_ListsThePlanInItsOrderThenTheOthers()
    {
        var plan = Oxford.Value.Evaluate(Sample.Value);

        var result = SensitivityAnalyzer.Analyze(Oxford.Value, Sample.Value, new SensitivityOptions { Samples = 200 });

        Assert.Equal(SensitivityFixtures.FullOrder(plan), result.Priorities.Select(p => p.Id));
        Assert.Equal(plan.Priorities.Select(p => (int?)p.Rank), result.Priorities.Where(p => p.Selected).Select(p => p.Rank));
        Assert.All(result.Priorities.Where(p => !p.Selected), p => Assert.Null(p.Rank));
        Assert.All(result.Priorities, p => Assert.InRange(p.RankLow, 1, p.RankHigh));
        Assert.InRange(result.Tau.P5, -1, result.Tau.Median);
        Assert.Equal(Oxford.Value.Dimensions, result.Dimensions);
    }

    [Fact]
    public void Analyze_SameSeed_SameBytes()
    {
        var options = new SensitivityOptions { Samples = 300, Seed = 42 };

        var first = SensitivityResultSerializer.ToJson(SensitivityAnalyzer.Analyze(Oxford.Value, Sample.Value, options));
        var second = SensitivityResultSerializer.ToJson(SensitivityAnalyzer.Analyze(Oxford.Value, Sample.Value, options));

        Assert.Equal(first, second);
        Assert.Equal(first, SensitivityResultSerializer.ToJson(SensitivityResultSerializer.FromJson(first)));
    }

    [Fact]
    public void Analyze_TieAtTheSelectionBoundary_BothMarginal()
    {
        var loaded = RuleSetLoader.LoadText("tie.yaml", TieRules);
        Assert.Empty(loaded.Diagnostics);
        var assessment = new Assessment
        {
            Partnership = new Partnership { Name = "Town CSP" },
            Period = new AssessmentPeriod { Start = "2024-01", End = "2024-12" },
            Trends =
            [
                new TrendFact { Category = "burglary", Area = "Town", Count = 125, PreviousCount = 100, Change = 25, ChangePct = 25, Source = "test" },
                new TrendFact { Category = "robbery", Area = "Town", Count = 125, PreviousCount = 100, Change = 25, ChangePct = 25, Source = "test" },
            ],
        };

        var result = SensitivityAnalyzer.Analyze(loaded.RuleSet!, assessment);

        Assert.Equal(["burglary", "robbery"], result.Priorities.Select(p => p.Id));
        Assert.All(result.Priorities, p => Assert.Equal(SensitivityVerdicts.Marginal, p.Verdict));
        var burglary = result.Priorities[0];
        Assert.Contains("Tied on score (6) with Robbery, which is not selected", burglary.Reason, StringComparison.Ordinal);
        Assert.Equal(new WeightFlip("trend", 1, 0.999, -0.001), burglary.Flip);
        Assert.InRange(burglary.SelectedProbability, 0.3, 0.7);
    }

    [Theory]
    [InlineData(-0.1, 10, "PR6300")]
    [InlineData(double.NaN, 10, "PR6300")]
    [InlineData(1.5, 10, "PR6300")]
    [InlineData(0.2, 0, "PR6301")]
    [InlineData(0.2, 1_000_001, "PR6301")]
    public void Check_OutOfRange_NamesTheOption(double spread, int samples, string code)
    {
        var options = new SensitivityOptions { Spread = spread, Samples = samples };

        Assert.Equal(code, Assert.Single(SensitivityAnalyzer.Check(options)).Code);
        var error = Assert.Throws<ArgumentException>(() => SensitivityAnalyzer.Analyze(Oxford.Value, Sample.Value, options));
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_RollUpRuleSet_PR6302()
    {
        var rollUp = RuleSetLoader.Load(Path.Combine(Repository.Root, "rules", "oxfordshire-rollup.yaml")).RuleSet!;

        var error = Assert.Throws<ArgumentException>(() => SensitivityAnalyzer.Analyze(rollUp, Sample.Value));

        Assert.Contains("PR6302", error.Message, StringComparison.Ordinal);
    }
}
