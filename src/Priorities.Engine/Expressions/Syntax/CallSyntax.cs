namespace Priorities.Engine.Expressions.Syntax;

/// <summary>A function call, <c>name(arguments)</c>.</summary>
internal sealed record CallSyntax(Token Name, ArgumentList Arguments) : SyntaxNode(Name.Offset, Arguments.End - Name.Offset);
