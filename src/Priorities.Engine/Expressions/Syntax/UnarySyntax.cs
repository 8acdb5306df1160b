namespace Priorities.Engine.Expressions.Syntax;

/// <summary>A prefix operation: <c>not x</c>, <c>!x</c> or <c>-x</c>.</summary>
internal sealed record UnarySyntax(Token Operator, SyntaxNode Operand) : SyntaxNode(Operator.Offset, Operand.End - Operator.Offset);
