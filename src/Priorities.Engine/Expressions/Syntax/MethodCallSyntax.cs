namespace Priorities.Engine.Expressions.Syntax;

/// <summary>
/// A method call, <c>target.name(arguments)</c>. The language has no methods; the parser keeps the construct so that
/// the checker can reject it with a precise diagnostic.
/// </summary>
internal sealed record MethodCallSyntax(SyntaxNode Target, Token Name, ArgumentList Arguments)
    : SyntaxNode(Target.Offset, Arguments.End - Target.Offset);
