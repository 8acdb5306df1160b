using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.Results;

namespace Priorities.Hosting;

/// <summary>Proposes plans with the served rule set. Thread-safe: any number of proposals may run at once.</summary>
public interface IPriorityPlanner
{
    /// <summary>Evaluates an assessment against the rule set being served when the call starts.</summary>
    /// <param name="assessment">The strategic assessment.</param>
    /// <param name="cancellationToken">Stops a long evaluation.</param>
    /// <returns>The proposed plan; the same assessment and rule set always give the same result.</returns>
    /// <exception cref="RuleSetEvaluationException">
    /// The rule set could not evaluate the assessment (its derive rules never settle): unprocessable, not bad input.
    /// </exception>
    Task<PlanResult> ProposeAsync(Assessment assessment, CancellationToken cancellationToken = default);
}
