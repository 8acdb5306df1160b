using Priorities.Engine.Model;
using static Priorities.Engine.Tests.Support.TestRules;

namespace Priorities.Engine.Tests;

public sealed class CompiledRuleSetTests
{
    [Fact]
    public void GetEmittedValues_TwoEmitActions_ListsEachValueWithItsCheckedType()
    {
        var ruleSet = Build(Rule("r", [PatternDefinition.Match("t", "Trend")], 0,
            Emit(("points", "t.Count * 2"), ("area", "t.Area")),
            ActionDefinition.Emit("extra", [new("share", "t.DeltaPct / 100"), new("tags", "['a', t.Category]")])));

        var values = ruleSet.GetEmittedValues("r");

        Assert.Equal(
            [
                new EmittedValue(0, "out", "points", "int", true),
                new EmittedValue(0, "out", "area", "string", false),
                new EmittedValue(1, "extra", "share", "number", true),
                new EmittedValue(1, "extra", "tags", "list(string)", false),
            ],
            values);
    }

    [Fact]
    public void GetEmittedValues_RuleWithoutEmit_IsEmpty()
    {
        var insert = ActionDefinition.Insert("Flag", [new("category", "t.Category"), new("level", "1")]);
        var ruleSet = Build(Rule("r", [PatternDefinition.Match("t", "Trend")], 0, insert));

        Assert.Empty(ruleSet.GetEmittedValues("r"));
    }

    [Fact]
    public void GetEmittedValues_UnknownRule_ThrowsNamingTheId()
    {
        var ruleSet = Build(Rule("r", [PatternDefinition.Match("t", "Trend")]));

        var error = Assert.Throws<KeyNotFoundException>(() => ruleSet.GetEmittedValues("nope"));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }
}
