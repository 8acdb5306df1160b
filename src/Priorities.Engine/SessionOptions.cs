namespace Priorities.Engine;

/// <summary>Limits that keep chaining from running away. The defaults suit rule sets of thousands of rules.</summary>
public sealed record SessionOptions
{
    /// <summary>The deepest chain of derived facts allowed: a fact derived from a derived fact has depth 2, and so on. Default 64.</summary>
    public int MaxChainDepth { get; init; } = 64;

    /// <summary>The most facts rules may insert in one session. Default 1,000,000.</summary>
    public int MaxDerivedFacts { get; init; } = 1_000_000;

    /// <summary>The options used when none are given.</summary>
    public static SessionOptions Default { get; } = new();
}
