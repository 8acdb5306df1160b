namespace Priorities.Engine.Expressions.Syntax;

/// <summary>A string literal with its escapes decoded.</summary>
internal sealed record StringSyntax(int Offset, int Length, string Value) : SyntaxNode(Offset, Length);
