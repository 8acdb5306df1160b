using System.Linq.Expressions;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>Logical negation of a boolean or arithmetic negation of a number (integers wrap, never throw).</summary>
internal sealed class BoundUnary(int offset, int length, UnaryOperator op, BoundExpression operand)
    : BoundExpression(offset, length, operand.Type)
{
    public UnaryOperator Operator { get; } = op;

    public BoundExpression Operand { get; } = operand;

    public override IEnumerable<BoundExpression> Children => [Operand];

    public override Expression Translate(Func<string, Expression> bindingAccess)
    {
        var operand = Operand.Translate(bindingAccess);
        return Operator == UnaryOperator.Not ? Expression.Not(operand) : Expression.Negate(operand);
    }
}
