namespace Priorities.Engine.Expressions;

/// <summary>
/// A problem found while parsing or type-checking an expression. <see cref="Offset"/> is the zero-based character
/// offset into the expression text; <see cref="Line"/> and <see cref="Column"/> are one-based within that text.
/// </summary>
internal sealed record ExpressionDiagnostic(string Code, string Message, int Offset, int Length, int Line, int Column);
