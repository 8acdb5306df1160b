using System.Collections;
using System.Linq.Expressions;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>
/// <c>item in list</c>, where the item has the list's element type. A constant list of a few items compiles to a
/// chain of comparisons, a longer one to a lookup in a hash set built once; other lists are scanned.
/// </summary>
internal sealed class BoundMembership(int offset, int length, BoundExpression item, BoundExpression list)
    : BoundExpression(offset, length, ExprType.Boolean)
{
    private const int MaxChain = 4;
    private object? _set;

    public BoundExpression Item { get; } = item;

    public BoundExpression List { get; } = list;

    public override IEnumerable<BoundExpression> Children => [Item, List];

    public override Expression Translate(Func<string, Expression> bindingAccess)
    {
        var item = Item.Translate(bindingAccess);
        if (List is not BoundList { IsConstant: true } constant)
        {
            var method = ExpressionRuntime.Method(nameof(ExpressionRuntime.Contains)).MakeGenericMethod(item.Type);
            return Expression.Call(method, List.Translate(bindingAccess), item);
        }
        var values = constant.ConstantValues();
        if (values.Length > MaxChain) return Expression.Call(Expression.Constant(Set(values)), "Contains", null, item);
        return Chain(item, values);
    }

    private static Expression Chain(Expression item, Array values)
    {
        if (values.Length == 0) return Expression.Constant(false);
        var temp = Expression.Variable(item.Type, "item");
        var tests = values.Cast<object>().Select(v => (Expression)Expression.Equal(temp, Expression.Constant(v, item.Type)));
        return Expression.Block([temp], Expression.Assign(temp, item), tests.Aggregate(Expression.OrElse));
    }

    private object Set(Array values)
    {
        if (_set is { } existing) return existing;
        object set = values switch
        {
            string[] strings => new HashSet<string>(strings, StringComparer.Ordinal),
            double[] numbers => new HashSet<double>(numbers),
            long[] integers => new HashSet<long>(integers),
            _ => new HashSet<bool>(((IEnumerable)values).Cast<bool>()),
        };
        return Interlocked.CompareExchange(ref _set, set, null) ?? set;
    }
}
