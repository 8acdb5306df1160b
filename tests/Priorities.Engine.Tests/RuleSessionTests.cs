using Priorities.Engine.Model;
using Priorities.Engine.Tests.Support;

using static Priorities.Engine.Tests.Support.TestRules;

namespace Priorities.Engine.Tests;

public sealed class RuleSessionTests
{
    private static readonly Trend Burglary = new("Burglary", "North", 120, 25.0);
    private static readonly Trend Robbery = new("Robbery", "North", 40, -5.0);
    private static readonly Trend BurglarySouth = new("Burglary", "South", 80, 12.5);

    [Fact]
    public void Fire_SinglePattern_FiresOncePerMatchingFact()
    {
        var rules = Build(Rule("rising", [PatternDefinition.Match("t", "Trend", "t.DeltaPct > 10")]));

        var result = Run(rules, Burglary, Robbery, BurglarySouth);

        Assert.Equal(["rising(#0)", "rising(#2)"], result.Firings.Select(f => f.ToString()));
    }

    [Fact]
    public void Fire_EqualityJoin_PairsFactsWithTheSameKey()
    {
        var rules = Build(Rule("concern", [
            PatternDefinition.Match("t", "Trend", "t.Category == 'Burglary'"),
            PatternDefinition.Match("c", "Concern", "c.Area == t.Area and c.Level >= 3")], 0, Emit(("points", "c.Level * 2"))));

        var result = Run(rules, new Concern("Burglary", "South", 4), Burglary, BurglarySouth, new Concern("Burglary", "North", 2));

        var firing = Assert.Single(result.Firings);
        Assert.Same(BurglarySouth, firing.Facts[0].Fact);
        Assert.Equal(8.0, firing.GetNumber("points"));
    }

    [Fact]
    public void Fire_Salience_FiresHigherSalienceFirstThenRuleOrderThenFactOrder()
    {
        var rules = Build(
            Rule("low", [PatternDefinition.Match("t", "Trend")], 0),
            Rule("high", [PatternDefinition.Match("t", "Trend")], 5),
            Rule("low2", [PatternDefinition.Match("t", "Trend")], 0));

        var result = Run(rules, Burglary, Robbery);

        Assert.Equal(["high(#0)", "high(#1)", "low(#0)", "low(#1)", "low2(#0)", "low2(#1)"], result.Firings.Select(f => f.ToString()));
    }

    [Fact]
    public void Fire_NotExists_FiresOnlyWithoutABlockingFact()
    {
        var rules = Build(Rule("unworried", [
            PatternDefinition.Match("t", "Trend"),
            PatternDefinition.NotExists("c", "Concern", "c.Area == t.Area and c.Category == t.Category")]));

        var result = Run(rules, Burglary, Robbery, new Concern("Burglary", "North", 5));

        Assert.Equal(["unworried(#1)"], result.Firings.Select(f => f.ToString()));
    }

    [Theory]
    [InlineData(AggregateFunction.Count, "2")]
    [InlineData(AggregateFunction.Sum, "200")]
    [InlineData(AggregateFunction.Min, "80")]
    [InlineData(AggregateFunction.Max, "120")]
    public void Fire_Aggregate_BindsTheAggregateOverMatchingFacts(AggregateFunction function, string expected)
    {
        var rules = Build(Rule("total", [
            PatternDefinition.Match("c", "Concern"),
            PatternDefinition.Aggregate("n", function, "Trend", "t", "t.Category == c.Category", function == AggregateFunction.Count ? null : "t.Count")],
            0, Emit(("n", "n"))));

        var result = Run(rules, Burglary, Robbery, BurglarySouth, new Concern("Burglary", "North", 5));

        Assert.Equal(expected, Convert.ToString(Assert.Single(result.Outputs).Get("n"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Fire_AggregateWithTest_FiresWhenLaterFactsMakeTheTestHold()
    {
        var rules = Build(
            Rule("enough", [PatternDefinition.Match("c", "Concern"), PatternDefinition.Aggregate("n", AggregateFunction.Count, "Flag", "f"), PatternDefinition.Test("n >= 2")], 10),
            Rule("flag", [PatternDefinition.Match("t", "Trend")], 0, ActionDefinition.Insert("Flag", [new("category", "t.Category"), new("level", "1")])));

        var result = Run(rules, new Concern("Burglary", "North", 5), Burglary, Robbery);

        Assert.Equal(["flag(#1)", "flag(#2)", "enough(#0)"], result.Firings.Select(f => f.ToString()));
    }

    [Fact]
    public void Fire_Chaining_DerivedFactsMatchAndLinkToTheirFiring()
    {
        var rules = Build(
            Rule("flag", [PatternDefinition.Match("t", "Trend", "t.DeltaPct > 10")], 0, ActionDefinition.Insert("Flag", [new("category", "t.Category"), new("level", "t.Count - 100")])),
            Rule("flagged", [PatternDefinition.Match("f", "Flag", "f.level >= 10")], 0, Emit(("category", "f.category"))));

        var result = Run(rules, Burglary, Robbery, BurglarySouth);

        var derived = result.Facts.Where(f => f.IsDerived).ToList();
        Assert.Equal(2, derived.Count);
        var flagged = Assert.Single(result.Firings, f => f.RuleId == "flagged");
        Assert.Same(Burglary, flagged.Facts[0].DerivedBy!.Value.Facts[0].Fact);
        Assert.Equal(1, flagged.Facts[0].Depth);
    }

    [Fact]
    public void Fire_RunawayChaining_ThrowsNamingTheRules()
    {
        var rules = Build(
            Rule("seed", [PatternDefinition.Match("t", "Trend")], 0, ActionDefinition.Insert("Flag", [new("category", "t.Category"), new("level", "0")])),
            Rule("again", [PatternDefinition.Match("f", "Flag")], 0, ActionDefinition.Insert("Flag", [new("category", "f.category"), new("level", "f.level + 1")])));
        var session = rules.CreateSession(new SessionOptions { MaxChainDepth = 10 });
        session.Insert(Burglary);

        var error = Assert.Throws<ChainLimitExceededException>(() => session.Fire());

        Assert.Contains("again", error.RuleIds);
        Assert.Contains("seed", error.RuleIds);
        Assert.Contains("limit of 10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_CancelledToken_Throws()
    {
        var rules = Build(Rule("any", [PatternDefinition.Match("t", "Trend")]));
        var session = rules.CreateSession();
        session.InsertAll(Enumerable.Range(0, 5000).Select(i => new Trend("Burglary", "A" + i, i, i)));

        Assert.Throws<OperationCanceledException>(() => session.Fire(new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Insert_SameObjectTwice_ReturnsTheFirstHandleAndFiresOnce()
    {
        var rules = Build(Rule("any", [PatternDefinition.Match("t", "Trend")]));
        var session = rules.CreateSession();

        var first = session.Insert(Burglary);
        var second = session.Insert(Burglary);

        Assert.Same(first, second);
        Assert.Single(session.Fire().Firings);
    }

    [Fact]
    public void Insert_UnregisteredType_ThrowsArgumentException()
    {
        var session = Build(Rule("any", [PatternDefinition.Match("t", "Trend")])).CreateSession();

        var error = Assert.Throws<ArgumentException>(() => session.Insert("not a fact"));

        Assert.Contains("String is not a registered fact type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainMisses_RuleThatDidNotFire_ReportsTheFailedConditionAndItsValues()
    {
        var rules = Build(Rule("steep", [PatternDefinition.Match("t", "Trend", "t.Category == 'Robbery' and t.DeltaPct > 10 and t.Count < 100")]));
        var session = rules.CreateSession();
        session.InsertAll([Burglary, Robbery]);
        session.Fire();

        var closest = session.ExplainMisses("steep", 1).Single();

        Assert.Same(Robbery, closest.Facts[0]!.Fact);
        var failed = Assert.Single(closest.Conditions, c => c.Passed == false);
        Assert.Equal(">", failed.Operator);
        Assert.Equal(-5.0, failed.Left);
        Assert.Equal(10.0, Convert.ToDouble(failed.Right, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ExplainMisses_PinnedFact_ExplainsOnlyCandidatesHoldingThatFact()
    {
        var rules = Build(Rule("worried", [
            PatternDefinition.Match("c", "Concern"),
            PatternDefinition.Match("t", "Trend", "t.Category == c.Category and t.DeltaPct > 30")]));
        var north = new Concern("Burglary", "North", 2);
        var south = new Concern("Robbery", "South", 4);
        var session = rules.CreateSession();
        session.InsertAll([north, south, Burglary, Robbery, BurglarySouth]);
        session.Fire();

        var candidates = session.ExplainMisses("worried", 0, south, 10);

        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Same(south, c.Facts[0]!.Fact));
        Assert.Same(Robbery, candidates[0].Facts[1]!.Fact);
    }

    [Fact]
    public void ExplainMisses_PinnedFactNotAMatchPattern_Throws()
    {
        var rules = Build(Rule("quiet", [
            PatternDefinition.Match("t", "Trend"),
            PatternDefinition.NotExists("c", "Concern", "c.Category == t.Category")]));
        var session = rules.CreateSession();
        session.InsertAll([Burglary]);
        session.Fire();

        Assert.Throws<ArgumentException>(() => session.ExplainMisses("quiet", 1, Burglary));
        Assert.Throws<ArgumentException>(() => session.ExplainMisses("quiet", 0, Robbery));
    }

    [Fact]
    public void ExplainConditions_Firing_ReportsEveryConditionAsPassed()
    {
        var rules = Build(Rule("rising", [PatternDefinition.Match("t", "Trend", "t.DeltaPct > 10 and t.Count >= 100")]));

        var firing = Assert.Single(Run(rules, Burglary, Robbery).Firings);

        Assert.All(firing.ExplainConditions(), c => Assert.True(c.Passed));
        Assert.Equal(2, firing.ExplainConditions().Count);
    }
}
