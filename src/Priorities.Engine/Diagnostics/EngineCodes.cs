namespace Priorities.Engine.Diagnostics;

/// <summary>
/// The engine's diagnostic codes, the one catalogue of this layer: EXP001–EXP012 are problems in one expression,
/// ENG001–ENG012 problems in the shape of a rule or rule set,
/// ENG013–ENG015 a session over its evaluation budget. Each is described once in the engine's README.
/// </summary>
public static class EngineCodes
{
    /// <summary>EXP001: a syntax error; the message says what was expected.</summary>
    public const string Syntax = "EXP001";

    /// <summary>EXP002: a name that is not bound in the scope.</summary>
    public const string UnknownName = "EXP002";

    /// <summary>EXP003: a field the fact type does not declare, or a field read on something that is not a fact.</summary>
    public const string UnknownField = "EXP003";

    /// <summary>EXP004: an operator, function or expression whose values have the wrong type.</summary>
    public const string TypeMismatch = "EXP004";

    /// <summary>EXP005: a function that is not on the allow-list.</summary>
    public const string UnknownFunction = "EXP005";

    /// <summary>EXP006: a function called with the wrong number of arguments.</summary>
    public const string ArgumentCount = "EXP006";

    /// <summary>EXP007: a construct the language forbids (method calls, assignment).</summary>
    public const string NotAllowed = "EXP007";

    /// <summary>EXP008: a numeric literal that does not fit its type.</summary>
    public const string LiteralOutOfRange = "EXP008";

    /// <summary>EXP009: an expression that is too long or too deeply nested.</summary>
    public const string TooComplex = "EXP009";

    /// <summary>EXP010: a read of a nullable field that may be unknown there, not guarded by <c>has(binding.field)</c>.</summary>
    public const string MaybeUnknown = "EXP010";

    /// <summary>EXP011: <c>has(...)</c> given something other than a field of a fact.</summary>
    public const string BadHas = "EXP011";

    /// <summary>EXP012: arithmetic between constants that overflows 64 bits, divides by zero or is not finite.</summary>
    public const string ConstantOutOfRange = "EXP012";

    /// <summary>ENG001: a rule id used more than once.</summary>
    public const string DuplicateRuleId = "ENG001";

    /// <summary>ENG002: a pattern or action names a fact type that is not registered.</summary>
    public const string UnknownFactType = "ENG002";

    /// <summary>ENG003: a rule without an id.</summary>
    public const string MissingRuleId = "ENG003";

    /// <summary>ENG004: a rule without a match pattern.</summary>
    public const string NoMatchPattern = "ENG004";

    /// <summary>ENG005: a pattern binding name that is missing or already bound.</summary>
    public const string BadBinding = "ENG005";

    /// <summary>ENG006: a test pattern without a condition.</summary>
    public const string TestWithoutCondition = "ENG006";

    /// <summary>ENG007: an action value for a field the inserted fact type does not declare.</summary>
    public const string UnknownActionField = "ENG007";

    /// <summary>ENG009: an aggregate (other than count) without a value expression.</summary>
    public const string AggregateWithoutValue = "ENG009";

    /// <summary>ENG010: an action value given twice.</summary>
    public const string DuplicateValue = "ENG010";

    /// <summary>ENG011: an insert of a fact type not declared with <c>FactType.Define</c>.</summary>
    public const string InsertNotDefined = "ENG011";

    /// <summary>ENG012: two different fact types with one name.</summary>
    public const string DuplicateFactType = "ENG012";

    /// <summary>ENG013: a session built more partial matches than <c>SessionOptions.MaxPartialMatches</c>.</summary>
    public const string TooManyPartialMatches = "ENG013";

    /// <summary>ENG014: a session fired more rules than <c>SessionOptions.MaxFirings</c>.</summary>
    public const string TooManyFirings = "ENG014";

    /// <summary>ENG015: a session ran longer than <c>SessionOptions.MaxDuration</c>.</summary>
    public const string EvaluationTooLong = "ENG015";
}
