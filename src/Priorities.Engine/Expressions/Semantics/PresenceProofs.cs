using System.Runtime.CompilerServices;
using Priorities.Engine.Expressions.Syntax;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>
/// The flow rules of <c>has</c>: which nullable fields (as <c>binding.field</c>) a condition proves known when it is
/// true, and when it is false. <c>has(x.f)</c> proves <c>x.f</c> when true; <c>not</c> swaps the two; <c>a and b</c>
/// proves what either proves when true and what both prove when false; <c>a or b</c> the converse; <c>c ? a : b</c>
/// what holds on both branches. Computed on the syntax, so that an error elsewhere does not hide a guard.
/// </summary>
internal static class PresenceProofs
{
    public const string Has = "has";

    public static HashSet<string> WhenTrue(SyntaxNode node) => Proofs(node, outcome: true);

    public static HashSet<string> WhenFalse(SyntaxNode node) => Proofs(node, outcome: false);

    /// <summary>The <c>binding.field</c> that <c>has(binding.field)</c> tests, or null for any other node.</summary>
    public static string? Tested(SyntaxNode node) =>
        node is CallSyntax { Name.Text: Has, Arguments.Items: [MemberSyntax { Target: NameSyntax target } member] }
            ? Path(target.Name.Text, member.Name.Text)
            : null;

    public static string Path(string binding, string field) => binding + "." + field;

    private static HashSet<string> Proofs(SyntaxNode node, bool outcome)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return [];
        return node switch
        {
            CallSyntax call when Tested(call) is { } path => outcome ? [path] : [],
            UnarySyntax { Operator.Text: "not" or "!" } not => Proofs(not.Operand, !outcome),
            BinarySyntax { Operator.Text: "and" or "&&" } and => Combine(and, outcome, union: outcome),
            BinarySyntax { Operator.Text: "or" or "||" } or => Combine(or, outcome, union: !outcome),
            ConditionalSyntax c => Intersect(Union(Proofs(c.Condition, true), Proofs(c.WhenTrue, outcome)),
                Union(Proofs(c.Condition, false), Proofs(c.WhenFalse, outcome))),
            _ => [],
        };
    }

    private static HashSet<string> Combine(BinarySyntax node, bool outcome, bool union)
    {
        var (left, right) = (Proofs(node.Left, outcome), Proofs(node.Right, outcome));
        return union ? Union(left, right) : Intersect(left, right);
    }

    private static HashSet<string> Union(HashSet<string> a, HashSet<string> b)
    {
        a.UnionWith(b);
        return a;
    }

    private static HashSet<string> Intersect(HashSet<string> a, HashSet<string> b)
    {
        a.IntersectWith(b);
        return a;
    }
}
