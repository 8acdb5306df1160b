using System.Linq.Expressions;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>A plain value binding of the scope, read by name. A null string reads as the empty string.</summary>
internal sealed class BoundValue(int offset, int length, ExprType type, string name) : BoundExpression(offset, length, type)
{
    public string Name { get; } = name;

    public override void CollectBindings(ISet<string> names) => names.Add(Name);

    public override Expression Translate(Func<string, Expression> bindingAccess)
    {
        var value = bindingAccess(Name);
        if (Type.Kind != ExprKind.String) return Expression.Convert(value, Type.ClrType);
        return Expression.Coalesce(Expression.TypeAs(value, typeof(string)), Expression.Constant(string.Empty));
    }
}
