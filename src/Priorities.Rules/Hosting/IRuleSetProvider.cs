using Priorities.RuleSets;

namespace Priorities.Hosting;

/// <summary>Holds the served rule set: loaded once, and swapped only for a reload that compiles. Thread-safe.</summary>
public interface IRuleSetProvider
{
    /// <summary>The last rule set that compiled; never null.</summary>
    PlanRuleSet RuleSet { get; }

    /// <summary>The latest load attempt: the one that gave <see cref="RuleSet"/>, or a later one that failed, with its diagnostics.</summary>
    RuleSetLoadResult LastLoad { get; }

    /// <summary>When <see cref="RuleSet"/> was loaded.</summary>
    DateTimeOffset LoadedAt { get; }

    /// <summary>How many rule sets have been served: 1 after the first load, one more after each good reload.</summary>
    int Generation { get; }
}
