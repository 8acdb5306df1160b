namespace Priorities.Engine.Expressions.Syntax;

/// <summary>The parenthesised arguments of a call; <see cref="End"/> is the offset just after the closing parenthesis.</summary>
internal sealed record ArgumentList(IReadOnlyList<SyntaxNode> Items, int End);
