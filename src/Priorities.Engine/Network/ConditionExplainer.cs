namespace Priorities.Engine.Network;

/// <summary>Evaluates each condition of a rule over a (possibly partial) tuple, for provenance and "why not".</summary>
internal static class ConditionExplainer
{
    public static IReadOnlyList<ConditionOutcome> Explain(CompiledRule rule, FactHandle?[] tuple)
    {
        var values = tuple.Select(h => h?.Fact).ToArray();
        return rule.Probes.Select(p => Outcome(p, values)).ToArray();
    }

    /// <summary>
    /// The condition's outcome. One that reads an unknown field it does not guard itself is not evaluated (another
    /// condition guards it, and says the value is unknown); one that guards it and failed is reported as failed for
    /// want of the value. Either way the outcome names the unknown field instead of giving the sides' values.
    /// </summary>
    public static ConditionOutcome Outcome(ConditionProbe probe, object?[] values)
    {
        if (probe.Slots.Any(s => s < 0 || values[s] is null))
            return new ConditionOutcome(probe.PatternIndex, probe.Binding, probe.Text, null, probe.Operator, null, null);
        var unknown = probe.Nullable.Where(n => n.Known(values) is false).ToArray();
        var passed = probe.Whole(values) is true;
        if (unknown.Length > 0)
        {
            var open = unknown.FirstOrDefault(n => !n.Guarded).Path;
            if (open is null && passed) return Evaluated(probe, values, passed);
            var outcome = open is null ? false : (bool?)null;
            return new ConditionOutcome(probe.PatternIndex, probe.Binding, probe.Text, outcome, probe.Operator, Left: null, Right: null)
            {
                Unknown = open ?? unknown[0].Path,
            };
        }
        return Evaluated(probe, values, passed);
    }

    /// <summary>
    /// Whether the condition passed (true), failed (false) or was not evaluated (null), exactly as
    /// <see cref="Outcome"/> would report it, without building the outcome or evaluating the sides.
    /// </summary>
    public static bool? Classify(ConditionProbe probe, object?[] values)
    {
        var slots = probe.Slots;
        for (var i = 0; i < slots.Count; i++)
            if (slots[i] < 0 || values[slots[i]] is null) return null;
        bool unknown = false, open = false;
        var nullable = probe.Nullable;
        for (var i = 0; i < nullable.Count; i++)
        {
            var n = nullable[i];
            if (n.Known(values) is not false) continue;
            unknown = true;
            open |= !n.Guarded;
        }
        var passed = probe.Whole(values) is true;
        if (!unknown) return passed;
        if (open) return null;
        return passed;
    }

    private static ConditionOutcome Evaluated(ConditionProbe probe, object?[] values, bool passed) => new(
        probe.PatternIndex,
        probe.Binding,
        probe.Text,
        passed,
        probe.Operator,
        probe.Left?.Invoke(values),
        probe.Right?.Invoke(values));
}
