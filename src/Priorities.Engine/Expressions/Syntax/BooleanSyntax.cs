namespace Priorities.Engine.Expressions.Syntax;

/// <summary>The literal <c>true</c> or <c>false</c>.</summary>
internal sealed record BooleanSyntax(int Offset, int Length, bool Value) : SyntaxNode(Offset, Length);
