using Priorities.Engine.Diagnostics;
using Priorities.Engine.Facts;
using Priorities.Engine.Model;

namespace Priorities.Engine.Tests;

/// <summary>Nullable fields across a rule: what earlier patterns prove, the index and join paths, copies, explanations.</summary>
public sealed class UnknownValueRuleTests
{
    private static readonly FactType Measure = FactType.Define("Measure",
        [new("area", FieldType.String), new("pct", FieldType.Number)], nullable: ["pct"]);

    private static readonly FactType Level = FactType.Define("Level", [new("area", FieldType.String), new("value", FieldType.Number)]);

    private static readonly FactType Copy = FactType.Define("Copy",
        [new("area", FieldType.String), new("pct", FieldType.Number), new("sure", FieldType.Number)], nullable: ["pct"]);

    private static readonly FactRecord Unknown = M("North", null);
    private static readonly FactRecord Zero = M("South", 0.0);
    private static readonly FactRecord High = M("East", 20.0);

    [Fact]
    public void Compile_EarlierFactPatternGuard_ProvesForLaterPatternsAndActions()
    {
        var ruleSet = Build(Rule([Match("m", "Measure", "has(m.pct) and m.pct >= 0"), Match("l", "Level", "l.value < m.pct")], ("pct", "m.pct")));

        var firings = Run(ruleSet, Unknown, High, L("x", 5)).Firings;

        Assert.Equal([20.0], firings.Select(f => f.GetNumber("pct")));
    }

    [Fact]
    public void Compile_TestPatternGuard_ProvesForLaterPatternsAndActions()
    {
        var ruleSet = Build(Rule([Match("m", "Measure"), PatternDefinition.Test("has(m.pct)"), Match("l", "Level", "l.value == m.pct")], ("pct", "m.pct")));

        var firings = Run(ruleSet, Unknown, Zero, L("x", 0)).Firings;

        var firing = Assert.Single(firings);
        Assert.Same(Zero, firing.Facts[0].Fact);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("count")]
    public void Compile_GuardInsideNoneOrAggregate_ProvesNothingOutside(string form)
    {
        PatternDefinition inner = form == "none"
            ? PatternDefinition.NotExists("n", "Measure", "has(n.pct) and n.pct > 5")
            : PatternDefinition.Aggregate("c", AggregateFunction.Count, "Measure", "n", "has(n.pct) and n.pct > 5");
        var compilation = Compile(Rule([Match("m", "Measure"), inner], ("pct", "m.pct + 1")));

        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal(EngineCodes.MaybeUnknown, error.Diagnostic.Code);
        Assert.Equal((RuleElement.ActionValue, "pct"), (error.Element, error.ValueName));
    }

    [Fact]
    public void Fire_AggregateConditionGuard_ProvesForItsValue()
    {
        var sum = PatternDefinition.Aggregate("total", AggregateFunction.Sum, "Measure", "n", "has(n.pct)", "n.pct");
        var ruleSet = Build(Rule([Match("l", "Level"), sum], ("total", "total")));

        var firing = Assert.Single(Run(ruleSet, L("x", 1), Unknown, Zero, High).Firings);

        Assert.Equal(20.0, firing.GetNumber("total"));
    }

    [Fact]
    public void Compile_UnguardedReadInScore_ReportsExp010()
    {
        var compilation = Compile(Rule([Match("m", "Measure", "m.area == 'x'")], ("score", "m.pct * 2")));

        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal((EngineCodes.MaybeUnknown, 1, 1), (error.Diagnostic.Code, error.Diagnostic.Line, error.Diagnostic.Column));
    }

    [Fact]
    public void Fire_GuardedEqualityWithZero_UnknownIsNotRoutedAsZero()
    {
        var ruleSet = Build(Rule([Match("m", "Measure", "has(m.pct) and m.pct == 0")], ("pct", "m.pct")));

        var firing = Assert.Single(Run(ruleSet, Unknown, Zero, High).Firings);

        Assert.Same(Zero, firing.Facts[0].Fact);
    }

    [Fact]
    public void Fire_GuardedJoinKey_UnknownDoesNotJoinAsZero()
    {
        var ruleSet = Build(Rule([Match("l", "Level"), Match("m", "Measure", "has(m.pct) and m.pct == l.value")], ("pct", "m.pct")));

        var firings = Run(ruleSet, L("a", 0), Unknown, Zero).Firings;

        var firing = Assert.Single(firings);
        Assert.Same(Zero, firing.Facts[1].Fact);
    }

    [Fact]
    public void Fire_CopyIntoNullableField_KeepsUnknown()
    {
        var insert = ActionDefinition.Insert("Copy", [new("area", "m.area"), new("pct", "m.pct"), new("sure", "has(m.pct) ? m.pct : -1")]);
        var ruleSet = Build(new RuleDefinition("copy", [Match("m", "Measure")], [insert]));

        var copies = Run(ruleSet, Unknown, Zero).Facts.Where(f => f.IsDerived).Select(f => (FactRecord)f.Fact).ToList();

        Assert.Equal([null, 0.0], copies.Select(c => c["pct"]));
        Assert.Equal([-1.0, 0.0], copies.Select(c => c["sure"]));
    }

    [Fact]
    public void Compile_CopyIntoFieldThatIsNotNullable_ReportsExp010()
    {
        var insert = ActionDefinition.Insert("Copy", [new("area", "m.area"), new("pct", "m.pct"), new("sure", "m.pct")]);

        var error = Assert.Single(Compile(new RuleDefinition("copy", [Match("m", "Measure")], [insert])).Diagnostics);

        Assert.Equal((EngineCodes.MaybeUnknown, "sure"), (error.Diagnostic.Code, error.ValueName));
    }

    [Fact]
    public void ExplainMisses_UnknownValue_SaysUnknownInsteadOfComparingWithZero()
    {
        var ruleSet = Build(Rule([Match("m", "Measure", "m.area == 'North' and has(m.pct) and m.pct >= 10")], ("pct", "m.pct")));
        var session = ruleSet.CreateSession();
        session.Insert(Unknown);
        session.Fire();

        var conditions = Assert.Single(session.ExplainMisses("r", 1)).Conditions;

        Assert.Equal([true, false, null], conditions.Select(c => c.Passed));
        Assert.Equal([null, "m.pct", "m.pct"], conditions.Select(c => c.Unknown));
        Assert.All(conditions.Skip(1), c => Assert.Null(c.Left));
    }

    [Fact]
    public void ExplainMisses_SelfGuardedConditionThatHolds_IsEvaluatedNormally()
    {
        var ruleSet = Build(Rule([Match("m", "Measure", "not has(m.pct) or m.pct > 5"), Match("l", "Level", "l.area == m.area")], ("n", "1")));
        var session = ruleSet.CreateSession();
        session.InsertAll([Unknown, L("South", 1)]);
        session.Fire();

        var conditions = session.ExplainMisses("r", 1).Single().Conditions;

        Assert.Equal((true, null), (conditions[0].Passed, conditions[0].Unknown));
        Assert.False(conditions[1].Passed);
    }

    private static FactRecord M(string area, double? pct) => Measure.Create(new Dictionary<string, object?> { ["area"] = area, ["pct"] = pct });

    private static FactRecord L(string area, double value) => Level.Create(new Dictionary<string, object?> { ["area"] = area, ["value"] = value });

    private static PatternDefinition Match(string binding, string type, string? condition = null) => PatternDefinition.Match(binding, type, condition);

    private static RuleDefinition Rule(PatternDefinition[] patterns, params (string Name, string Expression)[] values) =>
        new("r", patterns, [ActionDefinition.Emit("out", values.Select(v => new KeyValuePair<string, string>(v.Name, v.Expression)))]);

    private static RuleSetCompilation Compile(RuleDefinition rule) =>
        new RuleSetBuilder().AddFactType(Measure).AddFactType(Level).AddFactType(Copy).AddRule(rule).Compile();

    private static CompiledRuleSet Build(RuleDefinition rule)
    {
        var compilation = Compile(rule);
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
        return compilation.RuleSet!;
    }

    private static SessionResult Run(CompiledRuleSet ruleSet, params FactRecord[] facts)
    {
        var session = ruleSet.CreateSession();
        session.InsertAll(facts);
        return session.Fire();
    }
}
