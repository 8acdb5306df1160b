namespace Priorities.Engine;

/// <summary>The part of a session's evaluation budget (<see cref="SessionOptions"/>) that was exceeded.</summary>
public enum EvaluationLimit
{
    /// <summary><see cref="SessionOptions.MaxPartialMatches"/>: joins built too many partial matches (ENG013).</summary>
    PartialMatches,

    /// <summary><see cref="SessionOptions.MaxFirings"/>: rules fired too often (ENG014).</summary>
    Firings,

    /// <summary><see cref="SessionOptions.MaxDuration"/>: the session took too long (ENG015).</summary>
    Duration,
}
