using Priorities.Engine;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Compilation;

/// <summary>
/// A rule set compiled to the engine: immutable and thread-safe, so any number of evaluations share it. Only what
/// compilation produced; running it over an assessment is <c>Evaluation.PlanEvaluator</c>'s work.
/// </summary>
internal sealed class CompiledRules
{
    public required RuleSetDocument Document { get; init; }

    /// <summary>The engine's rules: the rule set's own, then the hidden probes of priority-binding rules.</summary>
    public required CompiledRuleSet RuleSet { get; init; }

    /// <summary>Each rule of <see cref="Document"/>, in order, with what it proposes.</summary>
    public required IReadOnlyList<CompiledRule> Rules { get; init; }

    /// <summary>Chaining limits and evaluation budget of each session.</summary>
    public SessionOptions Options { get; init; } = DefaultOptions;

    private static SessionOptions DefaultOptions { get; } = EvaluationBudget.Default.ToSessionOptions();

    /// <summary>These compiled rules with another evaluation budget (the compiled network is shared).</summary>
    public CompiledRules WithBudget(EvaluationBudget budget) =>
        ReferenceEquals(budget, EvaluationBudget.Default) && ReferenceEquals(Options, DefaultOptions) ? this
        : new CompiledRules { Document = Document, RuleSet = RuleSet, Rules = Rules, Options = budget.ToSessionOptions() };

    /// <summary>These compiled rules read with another document that differs only in scoring (weights).</summary>
    public CompiledRules WithDocument(RuleSetDocument document) =>
        new() { Document = document, RuleSet = RuleSet, Rules = Rules, Options = Options };
}
