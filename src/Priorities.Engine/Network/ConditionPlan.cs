using Priorities.Engine.Expressions;
using Priorities.Engine.Expressions.Semantics;

namespace Priorities.Engine.Network;

/// <summary>
/// How one pattern's condition is evaluated: conjuncts over the pattern's own fact go to an alpha node (one of
/// them, an equality with a constant, routes facts by value); the first equality between the fact and earlier
/// bindings becomes a hash-join key; the rest are filters over the tuple.
/// </summary>
internal sealed class ConditionPlan
{
    private ConditionPlan(string binding)
    {
        Binding = binding;
    }

    public string Binding { get; }

    public List<CheckedExpression> Alpha { get; } = [];

    /// <summary>The conjunct that routes facts to the node by value; the node need not test it again.</summary>
    public CheckedExpression? IndexConjunct { get; private set; }

    public CheckedExpression? IndexSide { get; private set; }

    public object? IndexValue { get; private set; }

    /// <summary>The join key's side over earlier bindings (probes the alpha memory).</summary>
    public CheckedExpression? LeftKey { get; private set; }

    /// <summary>The join key's side over this pattern's fact (indexes the alpha memory).</summary>
    public CheckedExpression? RightKey { get; private set; }

    public List<CheckedExpression> Filters { get; } = [];

    /// <summary>A stable text identifying the alpha conditions, for sharing nodes.</summary>
    public string AlphaKey(string typeName) =>
        typeName + "\u0001" + Binding + "\u0001" + string.Join("\u0002", Alpha.Select(a => a.Text.Trim()).Order(StringComparer.Ordinal));

    public static ConditionPlan For(CheckedExpression? condition, string binding)
    {
        var plan = new ConditionPlan(binding);
        if (condition is null) return plan;
        foreach (var conjunct in condition.SplitConjuncts()) plan.Place(conjunct);
        return plan;
    }

    private void Place(CheckedExpression conjunct)
    {
        var own = conjunct.Bindings.Contains(Binding);
        if (conjunct.Bindings.All(b => b == Binding))
        {
            Alpha.Add(conjunct);
            if (IndexSide is null && TrySplit(conjunct, out var side, out var other) && other.IsConstant && side.Bindings.Count == 1)
            {
                IndexConjunct = conjunct;
                IndexSide = side;
                IndexValue = TupleCompiler.NormalizeKey(other.EvaluateConstant());
            }
            return;
        }
        if (own && LeftKey is null && TrySplit(conjunct, out var mine, out var theirs) && mine.Bindings.Count == 1 && !theirs.Bindings.Contains(Binding) && theirs.Bindings.Count > 0 && Comparable(mine, theirs))
        {
            RightKey = mine;
            LeftKey = theirs;
            return;
        }
        Filters.Add(conjunct);
    }

    /// <summary>Splits an equality into the side over this pattern's fact and the other side.</summary>
    private bool TrySplit(CheckedExpression conjunct, out CheckedExpression side, out CheckedExpression other)
    {
        side = other = conjunct;
        if (!conjunct.TryGetEquality(out var left, out var right)) return false;
        if (left.Bindings.Contains(Binding)) (side, other) = (left, right);
        else if (right.Bindings.Contains(Binding)) (side, other) = (right, left);
        else return false;
        return Comparable(side, other);
    }

    private static bool Comparable(CheckedExpression a, CheckedExpression b) =>
        a.Type.Kind != ExprKind.List && (a.Type == b.Type || (a.Type.IsNumeric && b.Type.IsNumeric));
}
