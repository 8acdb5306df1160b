namespace Priorities.Engine.Expressions.Syntax;

/// <summary>A numeric literal as written: an integer when it has neither a fraction nor an exponent.</summary>
internal sealed record NumberSyntax(int Offset, int Length, string Text, bool IsInteger) : SyntaxNode(Offset, Length);
