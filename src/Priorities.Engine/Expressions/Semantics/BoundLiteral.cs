using System.Linq.Expressions;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>A constant: a <c>long</c>, <c>double</c>, <c>string</c>, <c>bool</c>, or an array for a constant list.</summary>
internal sealed class BoundLiteral(int offset, int length, ExprType type, object value) : BoundExpression(offset, length, type)
{
    public object Value { get; } = value;

    public override Expression Translate(Func<string, Expression> bindingAccess) => Expression.Constant(Value, Type.ClrType);
}
