namespace Priorities.Engine.Expressions.Syntax;

/// <summary>An infix operation such as <c>a + b</c>, <c>a and b</c> or <c>a in b</c>.</summary>
internal sealed record BinarySyntax(Token Operator, SyntaxNode Left, SyntaxNode Right) : SyntaxNode(Left.Offset, Right.End - Left.Offset);
