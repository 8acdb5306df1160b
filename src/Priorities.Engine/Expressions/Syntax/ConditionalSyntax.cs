namespace Priorities.Engine.Expressions.Syntax;

/// <summary>A conditional, <c>condition ? whenTrue : whenFalse</c>.</summary>
internal sealed record ConditionalSyntax(SyntaxNode Condition, Token Question, SyntaxNode WhenTrue, SyntaxNode WhenFalse)
    : SyntaxNode(Condition.Offset, WhenFalse.End - Condition.Offset);
