using System.Linq.Expressions;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>lower, upper, contains, startsWith, endsWith and len. Strings compare ordinally and change case invariantly.</summary>
internal static class TextFunctions
{
    /// <summary>lower(text) and upper(text).</summary>
    public static BoundExpression? ChangeCase(FunctionCall call, string method)
    {
        if (!call.Require(0, ExprKind.String)) return null;
        var info = typeof(string).GetMethod(method, Type.EmptyTypes)!;
        return call.Result(ExprType.String, call.Arguments, a => Expression.Call(a[0], info));
    }

    /// <summary>contains(text, part) on strings, or contains(list, item), which is <c>item in list</c>.</summary>
    public static BoundExpression? Contains(FunctionCall call)
    {
        var (container, item) = (call.Arguments[0], call.Arguments[1]);
        if (container.Type.Kind == ExprKind.List)
        {
            var (offset, length) = call.Span;
            return MembershipRules.Bind(item, container, offset, length, out var error) ?? call.Fail(error!);
        }
        if (!call.Require(0, "a string or a list", t => t.Kind == ExprKind.String)) return null;
        return Affix(call, nameof(string.Contains));
    }

    /// <summary>startsWith(text, prefix), endsWith(text, suffix) and the string form of contains.</summary>
    public static BoundExpression? Affix(FunctionCall call, string method)
    {
        var ok = call.Require(0, ExprKind.String) & call.Require(1, ExprKind.String);
        if (!ok) return null;
        var info = typeof(string).GetMethod(method, [typeof(string), typeof(StringComparison)])!;
        return call.Result(ExprType.Boolean, call.Arguments, a => Expression.Call(a[0], info, a[1], Expression.Constant(StringComparison.Ordinal)));
    }

    /// <summary>len(text) or len(list): an int.</summary>
    public static BoundExpression? Length(FunctionCall call)
    {
        var x = call.Arguments[0];
        if (!call.Require(0, "a string or a list", t => t.Kind is ExprKind.String or ExprKind.List)) return null;
        var property = x.Type.Kind == ExprKind.String
            ? typeof(string).GetProperty(nameof(string.Length))!
            : typeof(IReadOnlyCollection<>).MakeGenericType(x.Type.Element!.ClrType).GetProperty("Count")!;
        return call.Result(ExprType.Integer, [x], a => Expression.Convert(Expression.Property(a[0], property), typeof(long)));
    }
}
