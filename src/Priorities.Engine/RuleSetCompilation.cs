using Priorities.Engine.Model;

namespace Priorities.Engine;

/// <summary>The outcome of <see cref="RuleSetBuilder.Compile"/>: a compiled rule set, or every diagnostic found.</summary>
public sealed class RuleSetCompilation
{
    internal RuleSetCompilation(CompiledRuleSet? ruleSet, IReadOnlyList<RuleDiagnostic> diagnostics)
    {
        RuleSet = ruleSet;
        Diagnostics = diagnostics;
    }

    /// <summary>True when the rule set compiled; <see cref="RuleSet"/> is then set.</summary>
    public bool Succeeded => RuleSet is not null;

    /// <summary>The compiled rule set, or null when compilation failed.</summary>
    public CompiledRuleSet? RuleSet { get; }

    /// <summary>Every problem found, in rule order.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }
}
