namespace Priorities.Engine.Expressions.Semantics;

/// <summary>The typing of <c>item in list</c>, shared by the operator and by <c>contains(list, item)</c>.</summary>
internal static class MembershipRules
{
    /// <summary>Builds the membership test, or returns null and explains why the operand types do not fit.</summary>
    public static BoundExpression? Bind(BoundExpression item, BoundExpression list, int offset, int length, out string? error)
    {
        error = null;
        if (list.Type.Kind != ExprKind.List)
        {
            error = $"needs a list to look in, but got {list.Type}";
            return null;
        }
        if (item.Type.Kind == ExprKind.List)
        {
            error = $"cannot look for a {item.Type} in a list; lists hold single values";
            return null;
        }
        if (TypeRules.IsEmptyList(list)) return new BoundMembership(offset, length, item, new BoundList(list.Offset, list.Length, new ExprType(ExprKind.List, item.Type), []));
        if (TypeRules.Common(item.Type, list.Type.Element!) is not { } element)
        {
            error = $"cannot look for {item.Type} in {list.Type}";
            return null;
        }
        var promotedList = TypeRules.Promote(list, new ExprType(ExprKind.List, element));
        return new BoundMembership(offset, length, TypeRules.Promote(item, element), promotedList);
    }
}
