using Priorities.Rules.Tests.Linting;
using Priorities.Testing;

namespace Priorities.Rules.Tests.Testing;

public sealed class CoverageTests
{
    private static readonly Lazy<RuleSetTestReport> Shipped = new(() =>
        RuleSetTestRunner.RunWithCoverage(RuleSetTestRunner.FindTests([Path.Combine(Repository.Root, "rules")])));

    [Fact]
    public void RunWithCoverage_ShippedTests_ConditionOfTrendSteadySeenTrueAndFalse()
    {
        var oxford = Shipped.Value.Coverage.Single(c => c.Id == "oxford-csp");
        var rule = oxford.Rules.Single(r => r.Id == "trend-steady");

        var condition = Assert.Single(rule.Conditions, c => c.Condition == "t.changePct < 10");

        Assert.True(rule.FiredIn > 0);
        Assert.True(condition.Covered);
        Assert.Equal((Path.Combine(Repository.Root, "rules", "oxford.yaml"), 160, 83), (condition.Location.File, condition.Location.Line, condition.Location.Column));
    }

    [Fact]
    public void RunWithCoverage_ShippedTests_SameResultsAsWithout()
    {
        var plain = RuleSetTestRunner.Run(RuleSetTestRunner.FindTests([Path.Combine(Repository.Root, "rules")]));

        Assert.Empty(plain.Coverage);
        Assert.Equal(plain.Cases, Shipped.Value.Cases, (a, b) => a.Name == b.Name && a.Passed == b.Passed);
        Assert.True(Shipped.Value.Succeeded);
    }

    [Fact]
    public void RunWithCoverage_PlantedPack_NeverExercisedConditionsReported()
    {
        var report = RuleSetTestRunner.RunWithCoverage([PlantedPack.TestFile]);
        var planted = Assert.Single(report.Coverage);

        var never = planted.Rules.Single(r => r.Id == "never");
        var vulnerable = planted.Rules.Single(r => r.Id == "vulnerable");

        Assert.Equal((0, 0), (never.FiredIn, vulnerable.FiredIn));
        Assert.Equal("false-only", never.Conditions.Single(c => c.Condition == "t.count >= 100000").Status);
        var unseen = Assert.Single(vulnerable.Conditions);
        Assert.Equal(("not-evaluated", 38, 47), (unseen.Status, unseen.Location.Line, unseen.Location.Column));
        Assert.Equal((2, 4, 4, 7), (planted.RulesFired, planted.Rules.Count, planted.ConditionsCovered, planted.ConditionCount));
    }
}
