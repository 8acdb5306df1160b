namespace Priorities.Engine.Expressions.Syntax;

/// <summary>A list literal, <c>[a, b, c]</c>.</summary>
internal sealed record ListSyntax(int Offset, int Length, IReadOnlyList<SyntaxNode> Items) : SyntaxNode(Offset, Length);
