namespace Priorities.Engine.Expressions.Syntax;

/// <summary>A bare identifier: a reference to a binding of the scope.</summary>
internal sealed record NameSyntax(Token Name) : SyntaxNode(Name.Offset, Name.Length);
