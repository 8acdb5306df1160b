namespace Priorities.Engine;

/// <summary>
/// Limits that keep one session's work bounded: chaining depth and derived facts, and the evaluation budget of
/// partial matches, firings and wall-clock time. The defaults suit rule sets of thousands of rules.
/// </summary>
public sealed record SessionOptions
{
    /// <summary>The deepest chain of derived facts allowed: a fact derived from a derived fact has depth 2, and so on. Default 64.</summary>
    public int MaxChainDepth { get; init; } = 64;

    /// <summary>The most facts rules may insert in one session. Default 1,000,000.</summary>
    public int MaxDerivedFacts { get; init; } = 1_000_000;

    /// <summary>
    /// The most partial matches (tuples of two or more facts that passed a join) one session may build, over all
    /// rules; more ends the session with <see cref="EvaluationBudgetExceededException"/>. Each candidate tuple the "why
    /// not" search (<see cref="RuleSession.ExplainMisses(string, int)"/>) scores counts as one too. Default 10,000,000.
    /// </summary>
    public long MaxPartialMatches { get; init; } = 10_000_000;

    /// <summary>The most rule firings in one session; more ends it with <see cref="EvaluationBudgetExceededException"/>. Default 1,000,000.</summary>
    public int MaxFirings { get; init; } = 1_000_000;

    /// <summary>
    /// The wall-clock time one session may take from its creation ("why not" searches included), checked every 1,024
    /// partial matches or firings;
    /// <see cref="Timeout.InfiniteTimeSpan"/> (the default) for no limit, which keeps sessions fully deterministic.
    /// </summary>
    public TimeSpan MaxDuration { get; init; } = Timeout.InfiniteTimeSpan;

    /// <summary>The clock <see cref="MaxDuration"/> is measured with. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The options used when none are given.</summary>
    public static SessionOptions Default { get; } = new();
}
