namespace Priorities.Engine;

/// <summary>
/// A session went over its evaluation budget (<see cref="SessionOptions.MaxPartialMatches"/>,
/// <see cref="SessionOptions.MaxFirings"/> or <see cref="SessionOptions.MaxDuration"/>), thrown by
/// <see cref="RuleSession.Insert(object)"/> or <see cref="RuleSession.Fire"/>. <see cref="RuleId"/> names the rule whose
/// join or firings crossed the limit; <see cref="Code"/> is ENG013, ENG014 or ENG015.
/// </summary>
public sealed class EvaluationBudgetExceededException : RuleEngineException
{
    /// <summary>Creates the exception.</summary>
    public EvaluationBudgetExceededException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public EvaluationBudgetExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public EvaluationBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal EvaluationBudgetExceededException(string message, string code, EvaluationLimit limit, string ruleId)
        : base(message)
    {
        Code = code;
        Limit = limit;
        RuleId = ruleId;
    }

    /// <summary>The engine code of the limit: ENG013 partial matches, ENG014 firings, ENG015 duration; empty when not set.</summary>
    public string Code { get; } = "";

    /// <summary>Which limit was exceeded.</summary>
    public EvaluationLimit Limit { get; }

    /// <summary>The rule that was joining or firing when the limit was crossed; empty when not set.</summary>
    public string RuleId { get; } = "";
}
