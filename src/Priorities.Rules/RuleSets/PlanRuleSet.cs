using Priorities.Engine.Diagnostics;
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
        Info = new RuleSetInfo(document.Id, document.Version, document.Hash) { Weights = document.WeightOverrides };
        Catalogue = document.Priorities.Select(Entry).ToArray();
        Aims = document.Aims.Select(a => new PlanAim(a.Id, a.Title, a.Description)).ToArray();
        Dimensions = document.Scoring.Dimensions.Select(d => new ScoringDimension(d.Id, d.Weight, d.Description)).ToArray();
    }

    /// <summary>
    /// Checks weights to use in place of the rule set's own (see <see cref="WithWeights"/>): PR2111 for a dimension it
    /// does not have, PR2112 for a weight that is negative, not finite or above 1,000,000. The diagnostics have no
    /// place in a file: the weights come from the caller.
    /// </summary>
    /// <param name="weights">Dimension id to weight; dimensions not named keep their weight.</param>
    /// <returns>The problems, sorted by dimension id; empty when the weights may be applied.</returns>
    public IReadOnlyList<Diagnostic> CheckWeights(IReadOnlyDictionary<string, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return WeightOverrides.Check(Compiled.Document.Scoring, weights);
    }

    /// <summary>
    /// The same rule set with some weights changed (the compiled rules are shared, so this is cheap): what a weight
    /// slider or a what-if asks. Results it gives name the changed weights in <see cref="RuleSetInfo.Weights"/>, so a
    /// plan under other weights is never taken for the rule set's own. Overrides add to any made before.
    /// </summary>
    /// <param name="weights">Dimension id to weight; dimensions not named keep their weight.</param>
    /// <returns>The rule set with those weights, or this one when <paramref name="weights"/> is empty.</returns>
    /// <exception cref="ArgumentException"><see cref="CheckWeights"/> found a problem; the message says which.</exception>
    public PlanRuleSet WithWeights(IReadOnlyDictionary<string, double> weights)
    {
        var problems = CheckWeights(weights);
        if (problems.Count > 0) throw new ArgumentException(problems[0].Message, nameof(weights));
        if (weights.Count == 0) return this;
        var document = Compiled.Document;
        var merged = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, weight) in (document.WeightOverrides ?? new Dictionary<string, double>()).Concat(weights))
            merged[id] = weight;
        var changed = document with { Scoring = WeightOverrides.Apply(document.Scoring, weights), WeightOverrides = merged };
        return new PlanRuleSet(Compiled.WithDocument(changed));
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

    /// <summary>The scoring dimensions, in breakdown order, with the weights evaluations use.</summary>
    public IReadOnlyList<ScoringDimension> Dimensions { get; }

    /// <summary>How dimension scores combine: <c>weighted-sum</c>, <c>product</c> or <c>max</c>.</summary>
    public string ScoringMethod => Compiled.Document.Scoring.Method switch
    {
        Model.ScoringMethod.Product => "product",
        Model.ScoringMethod.Max => "max",
        _ => "weighted-sum",
    };

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
