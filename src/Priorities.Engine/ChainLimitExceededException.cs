namespace Priorities.Engine;

/// <summary>
/// Chaining did not settle within <see cref="SessionOptions"/>' limits: rules kept deriving facts that made rules fire
/// again. <see cref="RuleIds"/> names the rules in the derivation chain that crossed the limit.
/// </summary>
public sealed class ChainLimitExceededException : RuleEngineException
{
    /// <summary>Creates the exception.</summary>
    public ChainLimitExceededException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ChainLimitExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ChainLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal ChainLimitExceededException(string message, IReadOnlyList<string> ruleIds)
        : base(message)
    {
        RuleIds = ruleIds;
    }

    /// <summary>The rules involved, from the most recent firing back towards the input facts, each once.</summary>
    public IReadOnlyList<string> RuleIds { get; } = [];
}
