using Priorities.Engine.Runtime;

namespace Priorities.Engine;

/// <summary>
/// Counts a session's partial matches and firings against its budget, and reads the clock only every 1,024 of
/// them: on the hot path each count is one increment and one compare, without allocation.
/// </summary>
internal sealed class EvaluationMeter : IPartialMatchCounter
{
    private const int ClockMask = 1023;
    private readonly SessionOptions _options;
    private readonly long _deadline;
    private long _partialMatches;
    private int _firings;
    private int _ticks;

    public EvaluationMeter(SessionOptions options)
    {
        _options = options;
        _deadline = options.MaxDuration == Timeout.InfiniteTimeSpan ? long.MaxValue
            : options.TimeProvider.GetTimestamp()
                + (long)(options.MaxDuration.TotalSeconds * options.TimeProvider.TimestampFrequency);
    }

    /// <summary>One more partial match built by a join of the rule.</summary>
    /// <exception cref="EvaluationBudgetExceededException">Over the partial-match or time budget.</exception>
    public void CountPartialMatch(string ruleId)
    {
        if (++_partialMatches > _options.MaxPartialMatches)
            throw EvaluationBudgets.TooManyPartialMatches(ruleId, _options.MaxPartialMatches);
        if ((++_ticks & ClockMask) == 0) CheckClock(ruleId);
    }

    /// <summary>One more candidate tuple scored by the "why not" search for the rule, charged as a partial match.</summary>
    /// <exception cref="EvaluationBudgetExceededException">Over the partial-match or time budget.</exception>
    public void CountExplainedCandidate(string ruleId)
    {
        if (++_partialMatches > _options.MaxPartialMatches)
            throw EvaluationBudgets.TooManyExplainedCandidates(ruleId, _options.MaxPartialMatches);
        if ((++_ticks & ClockMask) == 0) CheckClock(ruleId);
    }

    /// <summary>One more firing of the rule.</summary>
    /// <exception cref="EvaluationBudgetExceededException">Over the firing or time budget.</exception>
    public void CountFiring(string ruleId)
    {
        if (++_firings > _options.MaxFirings) throw EvaluationBudgets.TooManyFirings(ruleId, _options.MaxFirings);
        if ((++_ticks & ClockMask) == 0) CheckClock(ruleId);
    }

    private void CheckClock(string ruleId)
    {
        if (_deadline != long.MaxValue && _options.TimeProvider.GetTimestamp() > _deadline)
            throw EvaluationBudgets.TooLong(ruleId, _options.MaxDuration);
    }
}
