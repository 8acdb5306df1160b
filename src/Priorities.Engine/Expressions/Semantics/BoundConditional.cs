using System.Linq.Expressions;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary><c>condition ? whenTrue : whenFalse</c>; both branches have this node's type.</summary>
internal sealed class BoundConditional(int offset, int length, BoundExpression condition, BoundExpression whenTrue, BoundExpression whenFalse)
    : BoundExpression(offset, length, whenTrue.Type)
{
    public BoundExpression Condition { get; } = condition;

    public BoundExpression WhenTrue { get; } = whenTrue;

    public BoundExpression WhenFalse { get; } = whenFalse;

    public override IEnumerable<BoundExpression> Children => [Condition, WhenTrue, WhenFalse];

    public override Expression Translate(Func<string, Expression> bindingAccess) => Expression.Condition(
        Condition.Translate(bindingAccess), WhenTrue.Translate(bindingAccess), WhenFalse.Translate(bindingAccess), Type.ClrType);
}
