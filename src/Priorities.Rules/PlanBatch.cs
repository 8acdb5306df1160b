using System.Runtime.ExceptionServices;
using Priorities.Assessments;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities;

/// <summary>Evaluates several partnerships' assessments with one compiled rule set.</summary>
public static class PlanBatch
{
    /// <summary>
    /// Evaluates every assessment with the same compiled rule set, in parallel; each result is exactly what evaluating
    /// that assessment alone gives.
    /// </summary>
    /// <param name="ruleSet">The compiled rule set (compiled once, shared by every evaluation).</param>
    /// <param name="assessments">The assessments.</param>
    /// <param name="cancellationToken">Stops the evaluations.</param>
    /// <returns>The plans, in the order of <paramref name="assessments"/>.</returns>
    /// <exception cref="Evaluation.RuleSetEvaluationException">
    /// An assessment could not be evaluated: the first such in input order, whatever order they ran in.
    /// </exception>
    public static IReadOnlyList<PlanResult> EvaluateAll(
        this PlanRuleSet ruleSet, IReadOnlyList<Assessment> assessments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(assessments);
        var results = new PlanResult[assessments.Count];
        var failures = new Exception?[assessments.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, assessments.Count, options, i =>
        {
            try
            {
                results[i] = ruleSet.Evaluate(assessments[i], cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures[i] = e;
            }
        });
        if (failures.FirstOrDefault(f => f is not null) is { } first) ExceptionDispatchInfo.Throw(first);
        return results;
    }
}
