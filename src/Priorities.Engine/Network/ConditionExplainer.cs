
namespace Priorities.Engine.Network;

/// <summary>Evaluates each condition of a rule over a (possibly partial) tuple, for provenance and "why not".</summary>
internal static class ConditionExplainer
{
    public static IReadOnlyList<ConditionOutcome> Explain(CompiledRule rule, FactHandle?[] tuple)
    {
        var values = tuple.Select(h => h?.Fact).ToArray();
        return rule.Probes.Select(p => Outcome(p, values)).ToArray();
    }

    public static ConditionOutcome Outcome(ConditionProbe probe, object?[] values)
    {
        if (probe.Slots.Any(s => s < 0 || values[s] is null))
            return new ConditionOutcome(probe.PatternIndex, probe.Binding, probe.Text, null, probe.Operator, null, null);
        return new ConditionOutcome(
            probe.PatternIndex,
            probe.Binding,
            probe.Text,
            probe.Whole(values) is true,
            probe.Operator,
            probe.Left?.Invoke(values),
            probe.Right?.Invoke(values));
    }
}
