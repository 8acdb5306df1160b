namespace Priorities.Engine.Expressions.Syntax;

/// <summary>
/// A node of the parsed expression. <see cref="Offset"/> and <see cref="Length"/> cover the node's text, including
/// the parentheses around it when it was written in parentheses.
/// </summary>
internal abstract record SyntaxNode(int Offset, int Length)
{
    public int End => Offset + Length;
}
