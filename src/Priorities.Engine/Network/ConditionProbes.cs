using Priorities.Engine.Compilation;
using Priorities.Engine.Expressions.Semantics;
using Priorities.Engine.Model;

namespace Priorities.Engine.Network;

/// <summary>Builds, once per rule and on first use, the probes that explain each conjunct of its match and test patterns.</summary>
internal static class ConditionProbes
{
    public static IReadOnlyList<ConditionProbe> Build(CheckedRule rule)
    {
        var names = SlotNames(rule);
        var probes = new List<ConditionProbe>();
        foreach (var pattern in rule.Patterns.Where(p => p.Kind is PatternKind.Match or PatternKind.Test && p.Condition is not null))
            foreach (var conjunct in pattern.Condition!.SplitConjuncts())
                probes.Add(Probe(pattern, conjunct, names));
        return probes;
    }

    public static string[] SlotNames(CheckedRule rule)
    {
        var names = new string[rule.Width];
        Array.Fill(names, string.Empty);
        foreach (var p in rule.Patterns)
        {
            if (p.Kind != PatternKind.Test) names[p.Slot] = p.Definition.Binding;
            if (p.Kind == PatternKind.Aggregate) names[p.ElementSlot] = p.Definition.Element!;
        }
        return names;
    }

    private static ConditionProbe Probe(CheckedPattern pattern, CheckedExpression conjunct, string[] names)
    {
        var slots = conjunct.Bindings.Select(b => Array.IndexOf(names, b)).Order().ToArray();
        var isComparison = conjunct.TryGetComparison(out var op, out var left, out var right);
        return new ConditionProbe(
            pattern.Index,
            pattern.Definition.Binding,
            conjunct.Text.Trim(),
            slots,
            conjunct.CompileBoxed(names),
            isComparison ? op : null,
            isComparison ? left.CompileBoxed(names) : null,
            isComparison ? right.CompileBoxed(names) : null,
            conjunct.NullableUses().Select(u => (u.Path, u.Tested, u.Known.CompileBoxed(names))).ToArray());
    }
}
