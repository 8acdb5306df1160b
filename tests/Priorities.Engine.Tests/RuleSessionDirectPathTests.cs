using Priorities.Engine.Model;
using Priorities.Engine.Tests.Support;

using static Priorities.Engine.Tests.Support.TestRules;

namespace Priorities.Engine.Tests;

/// <summary>Rule sets without inserts or deferred patterns, which sessions fire from activation slabs.</summary>
public sealed class RuleSessionDirectPathTests
{
    private static readonly Trend North = new("Burglary", "North", 120, 25.0);
    private static readonly Trend South = new("Burglary", "South", 80, 12.5);

    private static CompiledRuleSet JoinRules() => Build(Rule("concern", [
        PatternDefinition.Match("t", "Trend", "t.Category == 'Burglary'"),
        PatternDefinition.Match("c", "Concern", "c.Category == t.Category and c.Level >= 2")], 0,
        Emit(("area", "c.Area"), ("points", "c.Level * 2"))));

    [Fact]
    public void Fire_SecondPatternFactsAfterFirst_JoinEveryEarlierFactInFactOrder()
    {
        var result = Run(JoinRules(), North, new Concern("Burglary", "East", 3), South, new Concern("Burglary", "West", 4));

        Assert.Equal(["concern(#0, #1)", "concern(#0, #3)", "concern(#2, #1)", "concern(#2, #3)"],
            result.Firings.Select(f => f.ToString()));
        Assert.Equal(["East", "West", "East", "West"], result.Outputs.Select(o => (string)o.Get("area")!));
        Assert.Equal([6.0, 8.0, 6.0, 8.0], result.Firings.Select(f => f.GetNumber("points")));
    }

    [Fact]
    public void Fire_TwiceWithFactsBetween_FiresOnlyTheNewActivationsAndKeepsTheFirstResult()
    {
        var session = JoinRules().CreateSession();
        session.Insert(North);
        session.Insert(new Concern("Burglary", "East", 3));
        var first = session.Fire();
        session.Insert(South);
        var second = session.Fire();

        Assert.Equal(["concern(#0, #1)"], first.Firings.Select(f => f.ToString()));
        Assert.Equal(["concern(#0, #1)", "concern(#2, #1)"], second.Firings.Select(f => f.ToString()));
        Assert.Equal([0, 1], second.Firings.Select(f => f.Sequence));
        Assert.Equal(first.Firings[0], second.Firings[0]);
    }

    [Fact]
    public void Firing_FromSlab_TracesItsFactsBindingsAndConditions()
    {
        var concern = new Concern("Burglary", "East", 3);
        var firing = Assert.Single(Run(JoinRules(), North, concern).Firings);

        Assert.Equal([North, (object)concern], firing.Facts.Select(h => h.Fact));
        Assert.Same(concern, firing.Bindings["c"]);
        Assert.All(firing.ExplainConditions(), outcome => Assert.True(outcome.Passed));
        Assert.Equal(["area", "points"], firing.Output().Names);
        Assert.Equal(["East", (object)6L], firing.Output().Values);
    }

    [Fact]
    public void Output_ValueOverflowsOnlyForSomeFacts_ThrowsWhenThatValueIsRead()
    {
        var ruleSet = Build(Rule("scaled", [PatternDefinition.Match("t", "Trend", "t.Count > 0")], 0,
            Emit(("area", "t.Area"), ("scaled", "t.Count * 4611686018427387904"), ("delta", "t.DeltaPct / 2"))));
        var session = ruleSet.CreateSession();
        session.Insert(new Trend("Burglary", "North", 1, 25.0));
        session.Insert(new Trend("Burglary", "South", 2, 12.5));

        var firings = session.Fire().Firings;

        Assert.Equal(4611686018427387904L, firings[0].Output().Get("scaled"));
        Assert.Equal(12.5, firings[0].GetNumber("delta"));
        Assert.Equal("South", firings[1].Output().Get("area"));
        Assert.Throws<OverflowException>(() => firings[1].Output().Get("scaled"));
        Assert.Throws<OverflowException>(() => firings[1].GetNumber("delta") + firings[1].GetNumber("scaled"));
    }
}
