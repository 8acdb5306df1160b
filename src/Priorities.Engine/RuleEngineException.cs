namespace Priorities.Engine;

/// <summary>An evaluation could not complete: the message says why in plain English.</summary>
public class RuleEngineException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleEngineException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RuleEngineException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public RuleEngineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
