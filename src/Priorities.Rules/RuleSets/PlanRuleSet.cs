using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets.Compilation;

namespace Priorities.RuleSets;

/// <summary>
/// A compiled rule set: immutable and thread-safe, so one instance serves any number of evaluations at once.
/// Get one from <see cref="RuleSetLoader"/>.
/// </summary>
public sealed class PlanRuleSet
{
    private readonly CompiledPlan _plan;

    internal PlanRuleSet(CompiledPlan plan)
    {
        _plan = plan;
        var document = plan.Document;
        Info = new RuleSetInfo(document.Id, document.Version, document.Hash);
        Catalogue = document.Priorities.Select(p => new CatalogueEntry(p.Id, p.Title, p.Theme, p.Covers, p.LegalBasis)).ToArray();
    }

    /// <summary>The rule set's id, version and content hash.</summary>
    public RuleSetInfo Info { get; }

    /// <summary>The rule set's description, if it has one.</summary>
    public string? Description => _plan.Document.Description;

    /// <summary>Every file the rule set was read from, root first.</summary>
    public IReadOnlyList<string> Files => _plan.Document.Files;

    /// <summary>The priorities a rule may propose, in catalogue order.</summary>
    public IReadOnlyList<CatalogueEntry> Catalogue { get; }

    /// <summary>The number of rules.</summary>
    public int RuleCount => _plan.Document.Rules.Count;

    /// <summary>Evaluates an assessment: one engine session, then scoring, ranking and explanations.</summary>
    /// <param name="assessment">The strategic assessment.</param>
    /// <param name="cancellationToken">Stops a long evaluation.</param>
    /// <returns>The proposed plan; the same assessment always gives the same result.</returns>
    public PlanResult Evaluate(Assessment assessment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var outcome = _plan.Run(assessment, cancellationToken);
        return PlanBuilder.Build(_plan.Document, assessment, outcome);
    }
}
