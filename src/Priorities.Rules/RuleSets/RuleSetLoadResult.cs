using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets;

/// <summary>The outcome of loading one rule set: the compiled set, or every problem found (warnings are kept either way).</summary>
public sealed class RuleSetLoadResult
{
    internal RuleSetLoadResult(string root, PlanRuleSet? ruleSet, IReadOnlyList<Diagnostic> diagnostics)
    {
        Root = root;
        RuleSet = ruleSet;
        Diagnostics = diagnostics;
    }

    /// <summary>The root file, as given.</summary>
    public string Root { get; }

    /// <summary>The compiled rule set, or null when it has errors.</summary>
    public PlanRuleSet? RuleSet { get; }

    /// <summary>Every error and warning, sorted by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when the rule set compiled (it may still have warnings).</summary>
    public bool Succeeded => RuleSet is not null;
}
