namespace Priorities.Engine;

/// <summary>
/// A rule's condition computed a whole number too large for 64 bits while matching, thrown by
/// <see cref="RuleSession.Insert(object)"/> or <see cref="RuleSession.Fire"/>. <see cref="RuleId"/> and
/// <see cref="Condition"/> name the rule and the condition when they could be found again (a condition over one or two
/// facts); otherwise they are empty. The <see cref="Exception.InnerException"/> is the <see cref="OverflowException"/>.
/// </summary>
public sealed class ConditionOverflowException : RuleEngineException
{
    /// <summary>Creates the exception.</summary>
    public ConditionOverflowException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ConditionOverflowException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ConditionOverflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal ConditionOverflowException(string ruleId, string condition, int patternIndex, OverflowException cause)
        : base(Describe(ruleId, condition), cause)
    {
        RuleId = ruleId;
        Condition = condition;
        PatternIndex = patternIndex;
    }

    /// <summary>The rule whose condition overflowed; empty when it could not be found.</summary>
    public string RuleId { get; } = "";

    /// <summary>The condition (one conjunct, as written); empty when it could not be found.</summary>
    public string Condition { get; } = "";

    /// <summary>The zero-based index of the condition's pattern in the rule; -1 when not known.</summary>
    public int PatternIndex { get; } = -1;

    private static string Describe(string ruleId, string condition) => ruleId.Length == 0
        ? "a rule's condition computed a whole number too large for 64 bits (an integer overflow)"
        : $"rule '{ruleId}' computed a whole number too large for 64 bits (an integer overflow) in its condition "
            + $"'{condition}'";
}
