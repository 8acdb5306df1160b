namespace Priorities.Engine.Expressions.Semantics;

/// <summary>
/// Implicit conversions: an integer promotes to a number, a list of integers to a list of numbers, and the empty
/// list literal adopts any list type. Nothing else converts implicitly.
/// </summary>
internal static class TypeRules
{
    public static bool IsEmptyList(BoundExpression expression) => expression is BoundList { Items.Count: 0 };

    /// <summary>The type both expressions promote to, or null when they have none.</summary>
    public static ExprType? Common(BoundExpression a, BoundExpression b)
    {
        if (IsEmptyList(a) && b.Type.Kind == ExprKind.List) return b.Type;
        if (IsEmptyList(b) && a.Type.Kind == ExprKind.List) return a.Type;
        return Common(a.Type, b.Type);
    }

    /// <summary>The type both types promote to, or null when they have none.</summary>
    public static ExprType? Common(ExprType a, ExprType b)
    {
        if (a == b) return a;
        if (a.IsNumeric && b.IsNumeric) return ExprType.Number;
        if (a.Kind == ExprKind.List && b.Kind == ExprKind.List && Common(a.Element!, b.Element!) is { Kind: not ExprKind.List } element)
        {
            return new ExprType(ExprKind.List, element);
        }
        return null;
    }

    /// <summary>Converts <paramref name="expression"/> to <paramref name="target"/>, which must be reachable by promotion.</summary>
    public static BoundExpression Promote(BoundExpression expression, ExprType target)
    {
        if (expression.Type == target) return expression;
        return expression switch
        {
            BoundLiteral { Value: long value } => new BoundLiteral(expression.Offset, expression.Length, ExprType.Number, (double)value),
            BoundList list => new BoundList(list.Offset, list.Length, target, list.Items.Select(i => Promote(i, target.Element!)).ToArray()),
            _ => new BoundConvert(expression, target),
        };
    }

    /// <summary>Promotes every expression to the common numeric type of all of them: integer if all are integers.</summary>
    public static BoundExpression[] PromoteNumeric(IReadOnlyList<BoundExpression> expressions)
    {
        var type = expressions.All(e => e.Type.Kind == ExprKind.Integer) ? ExprType.Integer : ExprType.Number;
        return expressions.Select(e => Promote(e, type)).ToArray();
    }
}
