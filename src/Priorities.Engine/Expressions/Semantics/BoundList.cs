using System.Linq.Expressions;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>A list literal whose items have the list's element type. A list of literals is a constant array.</summary>
internal sealed class BoundList(int offset, int length, ExprType type, IReadOnlyList<BoundExpression> items)
    : BoundExpression(offset, length, type)
{
    public IReadOnlyList<BoundExpression> Items { get; } = items;

    public override IEnumerable<BoundExpression> Children => Items;

    /// <summary>Whether every item is a literal, so that the list is known when the expression is checked.</summary>
    public bool IsConstant => Items.All(i => i is BoundLiteral);

    /// <summary>The items of a constant list, as an array of the element's CLR type.</summary>
    public Array ConstantValues()
    {
        var values = Array.CreateInstance(Type.Element!.ClrType, Items.Count);
        for (var i = 0; i < Items.Count; i++) values.SetValue(((BoundLiteral)Items[i]).Value, i);
        return values;
    }

    public override Expression Translate(Func<string, Expression> bindingAccess)
    {
        if (IsConstant) return Expression.Constant(ConstantValues(), Type.ClrType);
        var array = Expression.NewArrayInit(Type.Element!.ClrType, Items.Select(i => i.Translate(bindingAccess)));
        return Expression.Convert(array, Type.ClrType);
    }
}
