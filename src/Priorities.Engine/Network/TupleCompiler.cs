using System.Linq.Expressions;
using System.Reflection;
using FastExpressionCompiler;
using Priorities.Engine.Expressions.Semantics;

namespace Priorities.Engine.Network;

/// <summary>
/// Compiles checked expressions into delegates over a tuple of fact handles (joins, tests, actions) or over a single
/// fact object (alpha tests and index keys).
/// </summary>
internal static class TupleCompiler
{
    private static readonly PropertyInfo FactProperty = typeof(FactHandle).GetProperty(nameof(FactHandle.Fact))!;

    public static Func<FactHandle?[], bool> Predicate(IReadOnlyList<CheckedExpression> conjuncts, IReadOnlyDictionary<string, int> slots)
    {
        var tuple = Expression.Parameter(typeof(FactHandle?[]), "tuple");
        var body = conjuncts.Select(c => c.Translate(name => SlotAccess(tuple, slots[name]))).Aggregate(Expression.AndAlso);
        return Expression.Lambda<Func<FactHandle?[], bool>>(body, tuple).CompileFast();
    }

    public static Func<object, bool> FactPredicate(IReadOnlyList<CheckedExpression> conjuncts, string binding)
    {
        var fact = Expression.Parameter(typeof(object), binding);
        var body = conjuncts.Select(c => c.Translate(_ => fact)).Aggregate(Expression.AndAlso);
        return Expression.Lambda<Func<object, bool>>(body, fact).CompileFast();
    }

    public static Func<FactHandle?[], T> Value<T>(CheckedExpression expression, IReadOnlyDictionary<string, int> slots)
    {
        var tuple = Expression.Parameter(typeof(FactHandle?[]), "tuple");
        var body = Convert(expression.Translate(name => SlotAccess(tuple, slots[name])), typeof(T));
        return Expression.Lambda<Func<FactHandle?[], T>>(body, tuple).CompileFast();
    }

    /// <summary>The value boxed; null for an unknown value of an expression that may be unknown (a copied nullable field).</summary>
    public static Func<FactHandle?[], object?> Boxed(CheckedExpression expression, IReadOnlyDictionary<string, int> slots)
    {
        var tuple = Expression.Parameter(typeof(FactHandle?[]), "tuple");
        var body = expression.TranslateBoxed(name => SlotAccess(tuple, slots[name]));
        return Expression.Lambda<Func<FactHandle?[], object?>>(body, tuple).CompileFast();
    }

    /// <summary>An index key over a tuple: numbers are widened to double so that 3 and 3.0 meet.</summary>
    public static Func<FactHandle?[], object?> Key(CheckedExpression expression, IReadOnlyDictionary<string, int> slots)
    {
        var tuple = Expression.Parameter(typeof(FactHandle?[]), "tuple");
        var body = KeyBody(expression.Translate(name => SlotAccess(tuple, slots[name])));
        return Expression.Lambda<Func<FactHandle?[], object?>>(body, tuple).CompileFast();
    }

    /// <summary>An index key over one fact, normalised like <see cref="Key"/>.</summary>
    public static Func<object, object?> FactKey(CheckedExpression expression)
    {
        var fact = Expression.Parameter(typeof(object), "fact");
        var body = KeyBody(expression.Translate(_ => fact));
        return Expression.Lambda<Func<object, object?>>(body, fact).CompileFast();
    }

    /// <summary>Normalises a constant the way <see cref="Key"/> normalises computed keys.</summary>
    public static object? NormalizeKey(object? value) => value switch
    {
        long l => (double)l,
        int i => (double)i,
        _ => value,
    };

    private static UnaryExpression KeyBody(Expression value) =>
        Expression.Convert(value.Type == typeof(long) ? Expression.Convert(value, typeof(double)) : value, typeof(object));

    private static MemberExpression SlotAccess(ParameterExpression tuple, int slot) =>
        Expression.Property(Expression.ArrayIndex(tuple, Expression.Constant(slot)), FactProperty);

    private static Expression Convert(Expression value, Type target) => value.Type == target ? value : Expression.Convert(value, target);
}
