namespace Priorities.Engine.Expressions;

/// <summary>The kinds of value in the expression language.</summary>
internal enum ExprKind
{
    Boolean,
    Integer,
    Number,
    String,
    List,
}
