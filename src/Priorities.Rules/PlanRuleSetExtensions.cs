using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities;

/// <summary>Evaluates assessments with a loaded <see cref="PlanRuleSet"/>.</summary>
public static class PlanRuleSetExtensions
{
    /// <summary>Evaluates an assessment: one engine session, then scoring, ranking and explanations.</summary>
    /// <param name="ruleSet">The compiled rule set; one instance serves any number of evaluations at once.</param>
    /// <param name="assessment">The strategic assessment.</param>
    /// <param name="cancellationToken">Stops a long evaluation.</param>
    /// <returns>The proposed plan; the same assessment, in any order of its lists, gives the same result.</returns>
    /// <exception cref="RuleSetEvaluationException">
    /// The rule set could not evaluate the assessment (its derive rules never settle); the rule set needs fixing.
    /// </exception>
    public static PlanResult Evaluate(
        this PlanRuleSet ruleSet, Assessment assessment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return PlanEvaluator.Evaluate(ruleSet.Compiled, assessment, cancellationToken);
    }
}
