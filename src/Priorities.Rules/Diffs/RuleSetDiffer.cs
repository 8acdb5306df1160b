using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Diffs;

/// <summary>
/// Compares two plans: two rule sets over one assessment (<see cref="Diff"/>: what changed because the rules
/// changed) or one rule set over two assessments (<see cref="DiffAssessments"/>: what changed because the evidence
/// did). Rules are compared by content, the priorities by the two results' breakdowns. Deterministic: the same inputs
/// give the same diff.
/// </summary>
public static class RuleSetDiffer
{
    /// <summary>Evaluates the assessment under both rule sets and compares the plans.</summary>
    /// <param name="rules">The new rule set.</param>
    /// <param name="against">The old rule set.</param>
    /// <param name="assessment">The assessment both evaluate.</param>
    /// <param name="publicView">Compare the public views (<see cref="PublicView"/>): no sensitive raw value or finding.</param>
    /// <param name="cancellationToken">Stops a long evaluation.</param>
    /// <returns>The diff, of kind <see cref="DiffKinds.RuleSets"/>.</returns>
    /// <exception cref="RuleSetEvaluationException">Either rule set could not evaluate the assessment.</exception>
    /// <exception cref="ArgumentException">Either rule set is a roll-up rule set.</exception>
    public static PlanDiff Diff(
        PlanRuleSet rules, PlanRuleSet against, Assessment assessment, bool publicView = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var plan = Evaluate(rules, assessment, cancellationToken);
        var old = Evaluate(against, assessment, cancellationToken);
        return Compare(DiffKinds.RuleSets, rules, View(plan, publicView), against, View(old, publicView), publicView);
    }

    /// <summary>Evaluates both assessments under one rule set and compares the plans (such as two years of evidence).</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="assessment">The new assessment.</param>
    /// <param name="against">The old assessment.</param>
    /// <param name="publicView">Compare the public views (<see cref="PublicView"/>): no sensitive raw value or finding.</param>
    /// <param name="cancellationToken">Stops a long evaluation.</param>
    /// <returns>The diff, of kind <see cref="DiffKinds.Assessments"/>; its rule and scoring changes are empty.</returns>
    /// <exception cref="RuleSetEvaluationException">The rule set could not evaluate an assessment.</exception>
    /// <exception cref="ArgumentException">The rule set is a roll-up rule set.</exception>
    public static PlanDiff DiffAssessments(
        PlanRuleSet rules, Assessment assessment, Assessment against, bool publicView = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(against);
        var plan = Evaluate(rules, assessment, cancellationToken);
        var old = Evaluate(rules, against, cancellationToken);
        return Compare(DiffKinds.Assessments, rules, View(plan, publicView), rules, View(old, publicView), publicView);
    }

    private static PlanResult Evaluate(PlanRuleSet ruleSet, Assessment assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        if (ruleSet.IsRollUp) throw new ArgumentException($"'{ruleSet.Info.Id}' is a roll-up rule set; a diff compares plan rule sets.", nameof(ruleSet));
        return ruleSet.Evaluate(assessment, cancellationToken);
    }

    private static PlanResult View(PlanResult plan, bool publicView) => publicView ? PublicView.Of(plan).Result : plan;

    private static PlanDiff Compare(string kind, PlanRuleSet rules, PlanResult plan, PlanRuleSet against, PlanResult old, bool publicView)
    {
        var (newDocument, oldDocument) = (rules.Compiled.Document, against.Compiled.Document);
        var ruleChanges = RuleComparer.Compare(newDocument.Rules, oldDocument.Rules);
        var scoring = ScoringComparer.Compare(newDocument.Scoring, oldDocument.Scoring);
        var priorities = PriorityComparer.Compare(PlanEntries.Of(plan), PlanEntries.Of(old), scoring);
        return new PlanDiff
        {
            Kind = kind,
            Public = publicView,
            Old = DiffSide.Of(old),
            New = DiffSide.Of(plan),
            Rules = ruleChanges,
            Scoring = scoring,
            Priorities = priorities,
            Movers = priorities.Where(p => p.Moved).Select(p => p.Id).ToArray(),
            Entered = priorities.Where(p => p.New.Selected && !p.Old.Selected)
                .Select(p => new PlanMove(p.Id, p.Title, MoveSentence.Entered(p, scoring))).ToArray(),
            Left = priorities.Where(p => p.Old.Selected && !p.New.Selected).OrderBy(p => p.Old.Rank)
                .Select(p => new PlanMove(p.Id, p.Title, MoveSentence.Left(p, scoring))).ToArray(),
        };
    }
}
