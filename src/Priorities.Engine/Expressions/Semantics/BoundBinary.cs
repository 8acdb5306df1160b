using System.Linq.Expressions;
using System.Reflection;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>
/// An infix operation whose operands have been promoted to a common type where the operator needs one, so that the
/// translation never boxes: numeric comparisons and arithmetic are direct, strings compare ordinally, <c>/</c>
/// divides numbers, and integer <c>+ - *</c> are checked: an overflow throws <see cref="OverflowException"/>, which
/// the layer running the rules reports as an error naming the rule, never a wrapped number.
/// </summary>
internal sealed class BoundBinary(int offset, int length, ExprType type, BinaryOperator op, BoundExpression left, BoundExpression right)
    : BoundExpression(offset, length, type)
{
    private static readonly MethodInfo CompareOrdinal = typeof(string).GetMethod(nameof(string.CompareOrdinal), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo Concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!;

    public BinaryOperator Operator { get; } = op;

    public BoundExpression Left { get; } = left;

    public BoundExpression Right { get; } = right;

    public override IEnumerable<BoundExpression> Children => [Left, Right];

    /// <summary>Whether the operator is one of <c>== != &lt; &lt;= &gt; &gt;=</c>.</summary>
    public bool IsComparison => Operator is >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual;

    /// <summary>The operator as written in the canonical syntax, e.g. <c>&lt;=</c> or <c>and</c>.</summary>
    public string Symbol => Operator switch
    {
        BinaryOperator.Or => "or",
        BinaryOperator.And => "and",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        _ => "/",
    };

    public override Expression Translate(Func<string, Expression> bindingAccess)
    {
        var left = Left.Translate(bindingAccess);
        var right = Right.Translate(bindingAccess);
        if (Left.Type.Kind != ExprKind.String || Operator is BinaryOperator.Equal or BinaryOperator.NotEqual) return Apply(Operator, left, right);
        if (Operator == BinaryOperator.Add) return Expression.Call(Concat, left, right);
        return Apply(Operator, Expression.Call(CompareOrdinal, left, right), Expression.Constant(0));
    }

    private static BinaryExpression Apply(BinaryOperator op, Expression left, Expression right) => op switch
    {
        BinaryOperator.Or => Expression.OrElse(left, right),
        BinaryOperator.And => Expression.AndAlso(left, right),
        BinaryOperator.Equal => Expression.Equal(left, right),
        BinaryOperator.NotEqual => Expression.NotEqual(left, right),
        BinaryOperator.Less => Expression.LessThan(left, right),
        BinaryOperator.LessOrEqual => Expression.LessThanOrEqual(left, right),
        BinaryOperator.Greater => Expression.GreaterThan(left, right),
        BinaryOperator.GreaterOrEqual => Expression.GreaterThanOrEqual(left, right),
        BinaryOperator.Add => Expression.AddChecked(left, right),
        BinaryOperator.Subtract => Expression.SubtractChecked(left, right),
        BinaryOperator.Multiply => Expression.MultiplyChecked(left, right),
        _ => Expression.Divide(left, right),
    };
}
