namespace Priorities.Engine.Expressions.Semantics;

/// <summary>The prefix operators.</summary>
internal enum UnaryOperator
{
    Not,
    Negate,
}
