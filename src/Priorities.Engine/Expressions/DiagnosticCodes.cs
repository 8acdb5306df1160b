namespace Priorities.Engine.Expressions;

/// <summary>The codes of <see cref="ExpressionDiagnostic"/>.</summary>
internal static class DiagnosticCodes
{
    /// <summary>Syntax error: the message says what was expected.</summary>
    public const string Syntax = "EXP001";

    /// <summary>A name that is not bound in the scope.</summary>
    public const string UnknownName = "EXP002";

    /// <summary>A field that the fact type does not declare, or a field read on something that is not a fact.</summary>
    public const string UnknownField = "EXP003";

    /// <summary>An operator or function applied to values of the wrong type.</summary>
    public const string TypeMismatch = "EXP004";

    /// <summary>A function that is not on the allow-list.</summary>
    public const string UnknownFunction = "EXP005";

    /// <summary>A function called with the wrong number of arguments.</summary>
    public const string ArgumentCount = "EXP006";

    /// <summary>A construct the language forbids: method calls, assignment.</summary>
    public const string NotAllowed = "EXP007";

    /// <summary>A numeric literal that does not fit its type.</summary>
    public const string LiteralOutOfRange = "EXP008";

    /// <summary>An expression that is too long or too deeply nested.</summary>
    public const string TooComplex = "EXP009";
}
