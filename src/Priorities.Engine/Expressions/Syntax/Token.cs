namespace Priorities.Engine.Expressions.Syntax;

/// <summary>An operator or name as written, with its offset in the expression text.</summary>
internal readonly record struct Token(string Text, int Offset)
{
    public int Length => Text.Length;

    public int End => Offset + Text.Length;
}
