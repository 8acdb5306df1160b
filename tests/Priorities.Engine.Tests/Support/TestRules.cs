using Priorities.Engine.Facts;
using Priorities.Engine.Model;

namespace Priorities.Engine.Tests.Support;

/// <summary>Helpers to build small rule sets over <see cref="Trend"/> and <see cref="Concern"/> facts.</summary>
internal static class TestRules
{
    public static readonly FactType TrendType = FactType.FromClass<Trend>();
    public static readonly FactType ConcernType = FactType.FromClass<Concern>();
    public static readonly FactType FlagType = FactType.Define("Flag", [new("category", FieldType.String), new("level", FieldType.Integer)]);

    public static RuleSetCompilation Compile(params RuleDefinition[] rules) =>
        new RuleSetBuilder().AddFactType(TrendType).AddFactType(ConcernType).AddFactType(FlagType).AddRules(rules).Compile();

    public static CompiledRuleSet Build(params RuleDefinition[] rules)
    {
        var compilation = Compile(rules);
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
        return compilation.RuleSet!;
    }

    public static RuleDefinition Rule(string id, PatternDefinition[] patterns, int salience = 0, params ActionDefinition[] actions) =>
        new(id, patterns, actions.Length == 0 ? [Emit()] : actions, salience);

    public static ActionDefinition Emit(params (string Name, string Expression)[] values) =>
        ActionDefinition.Emit("out", values.Select(v => new KeyValuePair<string, string>(v.Name, v.Expression)));

    public static SessionResult Run(CompiledRuleSet ruleSet, params object[] facts)
    {
        var session = ruleSet.CreateSession();
        session.InsertAll(facts);
        return session.Fire();
    }
}
