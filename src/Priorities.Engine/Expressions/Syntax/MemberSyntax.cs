namespace Priorities.Engine.Expressions.Syntax;

/// <summary>A field read, <c>target.name</c>.</summary>
internal sealed record MemberSyntax(SyntaxNode Target, Token Name) : SyntaxNode(Target.Offset, Name.End - Target.Offset);
