using Priorities.Assessments;
using Priorities.Engine.Facts;
using Priorities.Results;
using Priorities.RuleSets.Compilation;

namespace Priorities.Evaluation;

/// <summary>
/// An evaluation whose engine session stays open to be looked at after the plan is built: the same plan
/// <see cref="PlanEvaluator.Evaluate"/> gives, with every firing and the why-not search, for lint and test coverage.
/// </summary>
/// <param name="Plan">The plan.</param>
/// <param name="Outcome">What the session found; its <see cref="EvaluationOutcome.Session"/> is set.</param>
internal sealed record ObservedEvaluation(PlanResult Plan, EvaluationOutcome Outcome)
{
    /// <summary>Evaluates an assessment as <see cref="PlanEvaluator.Evaluate"/> does, keeping the session.</summary>
    /// <exception cref="RuleSetEvaluationException">The rules could not evaluate the assessment.</exception>
    public static ObservedEvaluation Of(
        CompiledRules rules, Assessment assessment, CancellationToken cancellationToken, IReadOnlyList<FactRecord>? extra = null)
    {
        var canonical = AssessmentCanonicalizer.Canonicalize(assessment);
        var outcome = PlanEvaluator.Run(rules, canonical, cancellationToken, extra);
        return new ObservedEvaluation(PlanBuilder.Build(rules.Document, canonical, outcome), outcome);
    }
}
