using Priorities.Engine.Model;

namespace Priorities.Engine.Tests.Properties;

/// <summary>Turns a generated scenario into the engine's rule model and compiles it.</summary>
internal static class ScenarioCompiler
{
    public static CompiledRuleSet Compile(Scenario scenario)
    {
        var builder = new RuleSetBuilder().AddFactType(ScenarioTypes.A).AddFactType(ScenarioTypes.B).AddFactType(ScenarioTypes.C);
        foreach (var rule in scenario.Rules) builder.AddRule(ToDefinition(rule));
        var compilation = builder.Compile();
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics) + "\n" + scenario);
        return compilation.RuleSet!;
    }

    public static RuleDefinition ToDefinition(ScenarioRule rule)
    {
        var patterns = new List<PatternDefinition>();
        foreach (var p in rule.Patterns)
        {
            var condition = p.Atoms.Count == 0 ? null : string.Join(" and ", p.Atoms.Select(a => a.Text));
            switch (p.Kind)
            {
                case PatternKind.Match: patterns.Add(PatternDefinition.Match(p.Binding, p.Type, condition)); break;
                case PatternKind.NotExists: patterns.Add(PatternDefinition.NotExists(p.Binding, p.Type, condition)); break;
                default:
                    patterns.Add(PatternDefinition.Aggregate(p.Binding, AggregateFunction.Count, p.Type, "e", condition));
                    patterns.Add(PatternDefinition.Test($"{p.Binding} >= {p.Threshold}"));
                    break;
            }
        }
        var actions = new List<ActionDefinition> { ActionDefinition.Emit("out", [new("v", "x0.v")]) };
        if (rule.InsertsC) actions.Add(ActionDefinition.Insert("C", [new("k", "x0.k"), new("v", "x0.v + 1"), new("u", "x0.u")]));
        return new RuleDefinition(rule.Id, patterns, actions, rule.Salience);
    }
}
