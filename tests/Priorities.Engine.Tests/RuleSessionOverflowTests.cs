using Priorities.Engine.Model;
using Priorities.Engine.Tests.Support;

using static Priorities.Engine.Tests.Support.TestRules;

namespace Priorities.Engine.Tests;

/// <summary>An integer overflow while matching names the rule and the condition that computed it.</summary>
public sealed class RuleSessionOverflowTests
{
    [Fact]
    public void Insert_ConditionOverOneFactOverflows_NamesTheRuleAndCondition()
    {
        var ruleSet = Build(
            Rule("fine", [PatternDefinition.Match("t", "Trend", "t.Count > 1")]),
            Rule("huge", [PatternDefinition.Match("t", "Trend", "t.Area != '' and t.Count * 9223372036854775807 > 0")]));
        var session = ruleSet.CreateSession();

        var error = Assert.Throws<ConditionOverflowException>(() => session.Insert(new Trend("Burglary", "North", 2, 1)));

        Assert.Equal(("huge", "t.Count * 9223372036854775807 > 0", 0), (error.RuleId, error.Condition, error.PatternIndex));
        Assert.IsType<OverflowException>(error.InnerException);
        Assert.Contains("rule 'huge'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Insert_JoinConditionOverflows_NamesTheRuleAndTheJoin()
    {
        var ruleSet = Build(Rule("pairs", [
            PatternDefinition.Match("t", "Trend"),
            PatternDefinition.Match("c", "Concern", "c.Category == t.Category and c.Level * t.Count * 4611686018427387904 > 0")]));
        var session = ruleSet.CreateSession();
        session.Insert(new Trend("Burglary", "North", 2, 1));

        var error = Assert.Throws<ConditionOverflowException>(() => session.Insert(new Concern("Burglary", "North", 3)));

        Assert.Equal(("pairs", 1), (error.RuleId, error.PatternIndex));
        Assert.Equal("c.Level * t.Count * 4611686018427387904 > 0", error.Condition);
    }
}
