using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets;

/// <summary>The outcome of loading one rule set: the compiled set, or every problem found (warnings are kept either way).</summary>
public sealed class RuleSetLoadResult
{
    internal RuleSetLoadResult(
        string root, PlanRuleSet? ruleSet, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<MergeEntry>? merge = null)
    {
        Merge = merge ?? [];
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

    /// <summary>
    /// Where every aim, priority, dimension and rule came from and what a file that extends another overrode or
    /// removed, in merge order (as far as the files could be read, even with errors).
    /// </summary>
    public IReadOnlyList<MergeEntry> Merge { get; }

    /// <summary>True when the rule set compiled (it may still have warnings).</summary>
    public bool Succeeded => RuleSet is not null;

    /// <summary>The same result with its rule set (if any) evaluating within <paramref name="budget"/>.</summary>
    internal RuleSetLoadResult WithBudget(EvaluationBudget budget) =>
        RuleSet is null ? this : new RuleSetLoadResult(Root, RuleSet.WithBudget(budget), Diagnostics, Merge);
}
