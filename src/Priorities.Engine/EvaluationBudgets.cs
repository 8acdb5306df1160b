using System.Globalization;
using Priorities.Engine.Diagnostics;

namespace Priorities.Engine;

/// <summary>Builds the errors raised when a session goes over its evaluation budget, naming the rule at fault.</summary>
internal static class EvaluationBudgets
{
    public static EvaluationBudgetExceededException TooManyPartialMatches(string ruleId, long limit) => Create(
        EngineCodes.TooManyPartialMatches, EvaluationLimit.PartialMatches, ruleId,
        "the joins of rule '{0}' took the session past its limit of {1:N0} partial matches", limit);

    public static EvaluationBudgetExceededException TooManyExplainedCandidates(string ruleId, long limit) => Create(
        EngineCodes.TooManyPartialMatches, EvaluationLimit.PartialMatches, ruleId,
        "the search for why rule '{0}' did not fire took the session past its limit of {1:N0} partial matches", limit);

    public static EvaluationBudgetExceededException TooManyFirings(string ruleId, int limit) => Create(
        EngineCodes.TooManyFirings, EvaluationLimit.Firings, ruleId,
        "rule '{0}' took the session past its limit of {1:N0} firings", limit);

    public static EvaluationBudgetExceededException TooLong(string ruleId, TimeSpan limit) => Create(
        EngineCodes.EvaluationTooLong, EvaluationLimit.Duration, ruleId,
        "rule '{0}' was running when the session went past its limit of {1:N0} ms",
        (long)limit.TotalMilliseconds);

    private static EvaluationBudgetExceededException Create(
        string code, EvaluationLimit limit, string ruleId, string format, long value = 0)
    {
        var detail = string.Format(CultureInfo.InvariantCulture, format, ruleId, value);
        return new EvaluationBudgetExceededException(
            $"Evaluation budget exceeded ({code}): {detail}.", code, limit, ruleId);
    }
}
