using System.Linq.Expressions;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>The promotion of an integer to a number, or of a list of integers to a list of numbers.</summary>
internal sealed class BoundConvert(BoundExpression operand, ExprType type) : BoundExpression(operand.Offset, operand.Length, type)
{
    public BoundExpression Operand { get; } = operand;

    public override IEnumerable<BoundExpression> Children => [Operand];

    public override Expression Translate(Func<string, Expression> bindingAccess)
    {
        var operand = Operand.Translate(bindingAccess);
        return Type.Kind == ExprKind.List
            ? Expression.Call(ExpressionRuntime.Method(nameof(ExpressionRuntime.ToNumbers)), operand)
            : Expression.Convert(operand, typeof(double));
    }
}
