using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.RuleSets;

/// <summary>Weights given in place of a rule set's own: checked, applied, and named in the result.</summary>
public sealed class PlanRuleSetWeightsTests
{
    private static readonly Lazy<PlanRuleSet> Oxford = new(() =>
        RuleSetLoader.Load(Path.Combine(Repository.Root, "rules", "oxford.yaml")).RuleSet!);

    private static readonly Lazy<Assessment> Sample = new(() =>
        AssessmentReader.Read(Path.Combine(Repository.Root, "samples", "oxford-city-2024.yaml")).Assessment!);

    [Fact]
    public void CheckWeights_UnknownDimension_PR2111WithNearestId()
    {
        var problems = Oxford.Value.CheckWeights(new Dictionary<string, double> { ["harn"] = 2 });

        var problem = Assert.Single(problems);
        Assert.Equal("PR2111", problem.Code);
        Assert.Contains("Did you mean 'harm'?", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e7)]
    public void CheckWeights_OutOfRange_PR2112(double weight)
    {
        var problem = Assert.Single(Oxford.Value.CheckWeights(new Dictionary<string, double> { ["harm"] = weight }));

        Assert.Equal("PR2112", problem.Code);
        Assert.Throws<ArgumentException>(() => Oxford.Value.WithWeights(new Dictionary<string, double> { ["harm"] = weight }));
    }

    [Fact]
    public void WithWeights_Empty_SameRuleSet()
    {
        Assert.Same(Oxford.Value, Oxford.Value.WithWeights(new Dictionary<string, double>()));
    }

    [Fact]
    public void WithWeights_HarmZero_BreakdownUsesItAndResultNamesIt()
    {
        var weighted = Oxford.Value.WithWeights(new Dictionary<string, double> { ["harm"] = 0 });

        var result = weighted.Evaluate(Sample.Value);

        Assert.Equal(0, Assert.Single(weighted.Dimensions, d => d.Id == "harm").Weight);
        Assert.Equal(new Dictionary<string, double> { ["harm"] = 0 }, result.RuleSet.Weights);
        Assert.All(result.Priorities.SelectMany(p => p.Breakdown).Where(c => c.Dimension == "harm"),
            c => Assert.Equal(0, c.Contribution));
        Assert.Equal(Oxford.Value.Info with { Weights = result.RuleSet.Weights }, result.RuleSet);
    }

    [Fact]
    public void WithWeights_Applied_OriginalRuleSetUnchanged()
    {
        var before = PlanResultSerializer.ToJson(Oxford.Value.Evaluate(Sample.Value));

        _ = Oxford.Value.WithWeights(new Dictionary<string, double> { ["harm"] = 9 }).Evaluate(Sample.Value);

        Assert.Equal(before, PlanResultSerializer.ToJson(Oxford.Value.Evaluate(Sample.Value)));
        Assert.Null(Oxford.Value.Evaluate(Sample.Value).RuleSet.Weights);
        Assert.Equal(3, Assert.Single(Oxford.Value.Dimensions, d => d.Id == "harm").Weight);
    }

    [Fact]
    public void WithWeights_TwiceOverDifferentDimensions_BothNamed()
    {
        var weighted = Oxford.Value.WithWeights(new Dictionary<string, double> { ["harm"] = 1 })
            .WithWeights(new Dictionary<string, double> { ["trend"] = 4 });

        Assert.Equal(["harm", "trend"], weighted.Info.Weights!.Keys);
        Assert.Equal(1, Assert.Single(weighted.Dimensions, d => d.Id == "harm").Weight);
        Assert.Equal(4, Assert.Single(weighted.Dimensions, d => d.Id == "trend").Weight);
    }
}
