using Priorities.Engine;

namespace Priorities.RuleSets.Model;

/// <summary>
/// How much work one evaluation of an assessment may do before it stops with PR5004 (partial matches, firings,
/// wall-clock time) or PR5001 (derived facts). The defaults are over 100 times what the shipped rule sets need for
/// the shipped samples, and stop a hostile assessment within about two seconds.
/// </summary>
public sealed record EvaluationBudget
{
    /// <summary>The budget used when none is given.</summary>
    public static EvaluationBudget Default { get; } = new();

    /// <summary>The most partial matches (joined tuples of facts) over all rules. Default 2,000,000.</summary>
    public long MaxPartialMatches { get; init; } = 2_000_000;

    /// <summary>The most rule firings. Default 200,000.</summary>
    public int MaxFirings { get; init; } = 200_000;

    /// <summary>The most facts <c>derive</c> rules may add; more is PR5001. Default 100,000.</summary>
    public int MaxDerivedFacts { get; init; } = 100_000;

    /// <summary>The wall-clock time of one evaluation; <see cref="Timeout.InfiniteTimeSpan"/> for none. Default 2 s.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The clock <see cref="MaxDuration"/> is measured with. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal SessionOptions ToSessionOptions() => new()
    {
        MaxPartialMatches = MaxPartialMatches,
        MaxFirings = MaxFirings,
        MaxDerivedFacts = MaxDerivedFacts,
        MaxDuration = MaxDuration,
        TimeProvider = TimeProvider,
    };
}
