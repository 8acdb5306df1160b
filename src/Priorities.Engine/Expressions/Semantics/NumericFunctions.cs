using System.Linq.Expressions;
using System.Reflection;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>abs, min, max, round, floor, ceil, clamp and pct_change.</summary>
internal static class NumericFunctions
{
    private static readonly Type[] Numbers = [typeof(double), typeof(double)];

    /// <summary>abs(x): same type as x.</summary>
    public static BoundExpression? Abs(FunctionCall call)
    {
        if (!call.RequireNumeric()) return null;
        var x = call.Arguments[0];
        var method = x.Type.Kind == ExprKind.Integer
            ? ExpressionRuntime.Method(nameof(ExpressionRuntime.Abs))
            : typeof(Math).GetMethod(nameof(Math.Abs), [typeof(double)])!;
        return call.Result(x.Type, [x], a => Expression.Call(method, a[0]));
    }

    /// <summary>min(...) and max(...): an int when every argument is an int, else a number.</summary>
    public static BoundExpression? Extreme(FunctionCall call, bool max)
    {
        if (!call.RequireNumeric()) return null;
        var arguments = TypeRules.PromoteNumeric(call.Arguments);
        var clr = arguments[0].Type.ClrType;
        var method = typeof(Math).GetMethod(max ? nameof(Math.Max) : nameof(Math.Min), [clr, clr])!;
        return call.Result(arguments[0].Type, arguments, a => a.Skip(1).Aggregate(a[0], (acc, next) => Expression.Call(method, acc, next)));
    }

    /// <summary>round(x) and round(x, digits): a number, rounded half away from zero; digits are clamped to 0..15.</summary>
    public static BoundExpression? Round(FunctionCall call)
    {
        var ok = call.Require(0, "a number", t => t.IsNumeric);
        if (call.Arguments.Count == 2) ok &= call.Require(1, ExprKind.Integer);
        if (!ok) return null;
        var x = TypeRules.Promote(call.Arguments[0], ExprType.Number);
        if (call.Arguments.Count == 1)
        {
            var whole = ExpressionRuntime.Method(nameof(ExpressionRuntime.Round), typeof(double));
            return call.Result(ExprType.Number, [x], a => Expression.Call(whole, a[0]));
        }
        var method = ExpressionRuntime.Method(nameof(ExpressionRuntime.Round), typeof(double), typeof(long));
        return call.Result(ExprType.Number, [x, call.Arguments[1]], a => Expression.Call(method, a[0], a[1]));
    }

    /// <summary>floor(x) and ceil(x): a number.</summary>
    public static BoundExpression? ToWhole(FunctionCall call, string mathMethod)
    {
        if (!call.RequireNumeric()) return null;
        var method = typeof(Math).GetMethod(mathMethod, [typeof(double)])!;
        return call.Result(ExprType.Number, [TypeRules.Promote(call.Arguments[0], ExprType.Number)], a => Expression.Call(method, a[0]));
    }

    /// <summary>clamp(x, lo, hi): an int when every argument is an int, else a number; hi wins when lo &gt; hi.</summary>
    public static BoundExpression? Clamp(FunctionCall call)
    {
        if (!call.RequireNumeric()) return null;
        var arguments = TypeRules.PromoteNumeric(call.Arguments);
        var clr = arguments[0].Type.ClrType;
        var method = ExpressionRuntime.Method(nameof(ExpressionRuntime.Clamp), clr, clr, clr);
        return call.Result(arguments[0].Type, arguments, a => Expression.Call(method, a));
    }

    /// <summary>pct_change(previous, current): a number; 0 when previous is 0.</summary>
    public static BoundExpression? PercentChange(FunctionCall call)
    {
        if (!call.RequireNumeric()) return null;
        var arguments = call.Arguments.Select(a => TypeRules.Promote(a, ExprType.Number)).ToArray();
        MethodInfo method = ExpressionRuntime.Method(nameof(ExpressionRuntime.PercentChange), Numbers);
        return call.Result(ExprType.Number, arguments, a => Expression.Call(method, a));
    }
}
