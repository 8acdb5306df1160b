using Priorities.Engine.Compilation;
using Priorities.Engine.Diagnostics;
using Priorities.Engine.Facts;
using Priorities.Engine.Model;
using Priorities.Engine.Network;

namespace Priorities.Engine;

/// <summary>
/// Collects fact types and rules, then compiles them: every expression is parsed and type-checked against the fact
/// types, every problem is reported at once, and the rules are built into a shared matching network.
/// </summary>
public sealed class RuleSetBuilder
{
    private readonly List<FactType> _types = [];
    private readonly List<RuleDefinition> _rules = [];

    /// <summary>Registers a fact type.</summary>
    public RuleSetBuilder AddFactType(FactType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _types.Add(type);
        return this;
    }

    /// <summary>Adds a rule; rules of equal salience fire in the order they were added.</summary>
    public RuleSetBuilder AddRule(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Add(rule);
        return this;
    }

    /// <summary>Adds rules in order.</summary>
    public RuleSetBuilder AddRules(IEnumerable<RuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var rule in rules) AddRule(rule);
        return this;
    }

    /// <summary>Compiles the rule set, or reports every problem found.</summary>
    public RuleSetCompilation Compile()
    {
        var diagnostics = new List<RuleDiagnostic>();
        var types = RegisterTypes(diagnostics);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var checkedRules = new List<CheckedRule>();
        for (var i = 0; i < _rules.Count; i++)
        {
            var rule = _rules[i];
            if (string.IsNullOrWhiteSpace(rule.Id)) diagnostics.Add(Problem(EngineCodes.MissingRuleId, $"Rule {i + 1} has no id.", null, RuleElement.Rule));
            else if (!ids.Add(rule.Id)) diagnostics.Add(Problem(EngineCodes.DuplicateRuleId, $"The rule id '{rule.Id}' is used more than once.", rule.Id, RuleElement.Rule));
            if (new RuleChecker(types, diagnostics).Check(rule, i) is { } ok) checkedRules.Add(ok);
        }
        if (diagnostics.Count > 0) return new RuleSetCompilation(null, diagnostics);
        var network = new NetworkBuilder().Build(types.Values.ToArray(), checkedRules);
        return new RuleSetCompilation(new CompiledRuleSet(network), diagnostics);
    }

    private Dictionary<string, FactType> RegisterTypes(List<RuleDiagnostic> diagnostics)
    {
        var types = new Dictionary<string, FactType>(StringComparer.Ordinal);
        foreach (var type in _types)
        {
            if (!types.TryAdd(type.Name, type) && !ReferenceEquals(types[type.Name], type))
                diagnostics.Add(Problem(EngineCodes.DuplicateFactType, $"Two different fact types are named '{type.Name}'.", null, RuleElement.RuleSet));
        }
        return types;
    }

    private static RuleDiagnostic Problem(string code, string message, string? ruleId, RuleElement element) =>
        new(Diagnostic.Error(code, SourceLocation.None, message), ruleId, element);
}
