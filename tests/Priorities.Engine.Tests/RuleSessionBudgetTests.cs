using Priorities.Engine.Model;
using Priorities.Engine.Tests.Support;

using static Priorities.Engine.Tests.Support.TestRules;

namespace Priorities.Engine.Tests;

public sealed class RuleSessionBudgetTests
{
    private static CompiledRuleSet CrossJoin() => Build(Rule("pairs", [
        PatternDefinition.Match("t", "Trend"),
        PatternDefinition.Match("c", "Concern")]));

    private static CompiledRuleSet EachTrend() => Build(Rule("each", [PatternDefinition.Match("t", "Trend")]));

    private static Trend[] Trends(int count) =>
        Enumerable.Range(0, count).Select(i => new Trend("Burglary", "Area" + i, i, 1.0)).ToArray();

    [Fact]
    public void Insert_JoinOverPartialMatchLimit_ThrowsNamingTheRule()
    {
        var session = CrossJoin().CreateSession(new SessionOptions { MaxPartialMatches = 5 });
        foreach (var trend in Trends(3)) session.Insert(trend);
        session.Insert(new Concern("Burglary", "North", 1));

        var error = Assert.Throws<EvaluationBudgetExceededException>(
            () => session.Insert(new Concern("Burglary", "South", 2)));

        Assert.Equal((EvaluationLimit.PartialMatches, "ENG013", "pairs"), (error.Limit, error.Code, error.RuleId));
        Assert.Contains("'pairs'", error.Message, StringComparison.Ordinal);
        Assert.Contains("5 partial matches", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainMisses_SearchOverPartialMatchLimit_ThrowsNamingTheSearch()
    {
        var ruleSet = Build(Rule("never", [PatternDefinition.Match("t", "Trend", "t.Count < 0")]));
        var session = ruleSet.CreateSession(new SessionOptions { MaxPartialMatches = 4 });
        foreach (var trend in Trends(5)) session.Insert(trend);
        session.Fire();

        var error = Assert.Throws<EvaluationBudgetExceededException>(() => session.ExplainMisses("never"));

        Assert.Equal((EvaluationLimit.PartialMatches, "never"), (error.Limit, error.RuleId));
        Assert.Contains("why rule 'never' did not fire", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainMisses_SearchAtPartialMatchLimit_ExplainsTheClosest()
    {
        var ruleSet = Build(Rule("never", [PatternDefinition.Match("t", "Trend", "t.Count < 0")]));
        var session = ruleSet.CreateSession(new SessionOptions { MaxPartialMatches = 5 });
        foreach (var trend in Trends(5)) session.Insert(trend);
        session.Fire();

        Assert.Equal(3, session.ExplainMisses("never").Count);
    }

    [Fact]
    public void Fire_JoinAtPartialMatchLimit_FiresEveryPair()
    {
        var session = CrossJoin().CreateSession(new SessionOptions { MaxPartialMatches = 6 });
        foreach (var trend in Trends(3)) session.Insert(trend);
        session.Insert(new Concern("Burglary", "North", 1));
        session.Insert(new Concern("Burglary", "South", 2));

        Assert.Equal(6, session.Fire().Firings.Count);
    }

    [Fact]
    public void Fire_OverFiringLimit_ThrowsNamingTheRule()
    {
        var session = EachTrend().CreateSession(new SessionOptions { MaxFirings = 2 });
        foreach (var trend in Trends(3)) session.Insert(trend);

        var error = Assert.Throws<EvaluationBudgetExceededException>(() => session.Fire());

        Assert.Equal((EvaluationLimit.Firings, "ENG014", "each"), (error.Limit, error.Code, error.RuleId));
        Assert.Contains("2 firings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_AtFiringLimit_FiresAll()
    {
        var session = EachTrend().CreateSession(new SessionOptions { MaxFirings = 3 });
        foreach (var trend in Trends(3)) session.Insert(trend);

        Assert.Equal(3, session.Fire().Firings.Count);
    }

    [Fact]
    public void Fire_OverDuration_ThrowsNamingTheRule()
    {
        var clock = new SteppingTimeProvider(TimeSpan.FromHours(1));
        var session = EachTrend().CreateSession(
            new SessionOptions { MaxDuration = TimeSpan.FromMilliseconds(1500), TimeProvider = clock });
        foreach (var trend in Trends(1100)) session.Insert(trend);

        var error = Assert.Throws<EvaluationBudgetExceededException>(() => session.Fire());

        Assert.Equal((EvaluationLimit.Duration, "ENG015", "each"), (error.Limit, error.Code, error.RuleId));
        Assert.Contains("1,500 ms", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Insert_JoinOverDuration_Throws()
    {
        var clock = new SteppingTimeProvider(TimeSpan.FromHours(1));
        var session = CrossJoin().CreateSession(
            new SessionOptions { MaxDuration = TimeSpan.FromSeconds(1.5), TimeProvider = clock });
        session.Insert(new Concern("Burglary", "North", 1));

        var error = Assert.Throws<EvaluationBudgetExceededException>(() =>
        {
            foreach (var trend in Trends(1100)) session.Insert(trend);
        });

        Assert.Equal((EvaluationLimit.Duration, "pairs"), (error.Limit, error.RuleId));
    }

    [Fact]
    public void Fire_NoDurationLimit_NeverReadsTheClock()
    {
        var clock = new SteppingTimeProvider(TimeSpan.FromDays(1));
        var session = EachTrend().CreateSession(new SessionOptions { TimeProvider = clock });
        foreach (var trend in Trends(3000)) session.Insert(trend);

        Assert.Equal((3000, 0), (session.Fire().Firings.Count, clock.Reads));
    }

    [Fact]
    public void Fire_OverDerivedFactLimit_ThrowsNamingTheRule()
    {
        var rules = Build(Rule("flag", [PatternDefinition.Match("t", "Trend")], 0,
            ActionDefinition.Insert("Flag", [new("category", "t.Category"), new("level", "t.Count")])));
        var session = rules.CreateSession(new SessionOptions { MaxDerivedFacts = 2 });
        foreach (var trend in Trends(3)) session.Insert(trend);

        var error = Assert.Throws<ChainLimitExceededException>(() => session.Fire());

        Assert.Equal(["flag"], error.RuleIds);
    }
}
