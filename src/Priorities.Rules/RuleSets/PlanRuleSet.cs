using Priorities.Results;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets;

/// <summary>
/// A compiled rule set: immutable and thread-safe, so one instance serves any number of evaluations at once.
/// Get one from <see cref="RuleSetLoader"/>; evaluate an assessment with
/// <see cref="PlanRuleSetExtensions.Evaluate(PlanRuleSet, Assessments.Assessment, CancellationToken)"/>.
/// </summary>
public sealed class PlanRuleSet
{
    internal PlanRuleSet(CompiledRules compiled)
    {
        Compiled = compiled;
        var document = compiled.Document;
        Info = new RuleSetInfo(document.Id, document.Version, document.Hash);
        Catalogue = document.Priorities.Select(Entry).ToArray();
        Aims = document.Aims.Select(a => new PlanAim(a.Id, a.Title, a.Description)).ToArray();
    }

    /// <summary>
    /// The same rule set evaluated within another budget (the compiled rules are shared, so this is cheap): how many
    /// partial matches, firings and derived facts an evaluation may make and how long it may take before it stops with
    /// PR5004.
    /// </summary>
    /// <param name="budget">The budget of each evaluation.</param>
    /// <returns>The rule set with that budget.</returns>
    public PlanRuleSet WithBudget(EvaluationBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return new PlanRuleSet(Compiled.WithBudget(budget));
    }

    /// <summary>The rule set's id, version and content hash.</summary>
    public RuleSetInfo Info { get; }

    /// <summary>The rule set's description, if it has one.</summary>
    public string? Description => Compiled.Document.Description;

    /// <summary>Every file the rule set was read from, root first.</summary>
    public IReadOnlyList<string> Files => Compiled.Document.Files;

    /// <summary>The priorities a rule may propose, in catalogue order.</summary>
    public IReadOnlyList<CatalogueEntry> Catalogue { get; }

    /// <summary>The framework of aims its priorities serve, in declared order (empty when it declares none).</summary>
    public IReadOnlyList<PlanAim> Aims { get; }

    /// <summary>
    /// Whether it is a roll-up rule set (<c>kind: rollup</c>): it reads the plans of several partnerships, not one
    /// assessment; evaluate it with <see cref="RollUps.RollUpEvaluator"/>.
    /// </summary>
    public bool IsRollUp => Compiled.Document.Kind == Model.RuleSetKinds.RollUp;

    /// <summary>The number of rules.</summary>
    public int RuleCount => Compiled.Document.Rules.Count;

    /// <summary>The compiled rules, for the evaluator.</summary>
    internal CompiledRules Compiled { get; }

    private static CatalogueEntry Entry(PriorityDefinition p) => new(p.Id, p.Title, p.Theme, p.Covers, p.LegalBasis)
    {
        Aim = p.Aim,
        Lead = p.Fields.Lead,
        ActionPlan = p.Fields.ActionPlan,
        Funding = p.Fields.Funding,
        Measures = p.Fields.Measures.Select(m => new CatalogueMeasure(m.Id, m.Title, m.Unit, m.Direction, m.Baseline, m.Target)).ToArray(),
    };
}
