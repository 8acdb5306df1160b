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
        var verdict = Classify(probe, values);
        var unknown = verdict == true ? null : UnknownPath(probe, values);
        if (unknown is null && verdict is { } passed) return Evaluated(probe, values, passed);
        return new ConditionOutcome(probe.PatternIndex, probe.Binding, probe.Text, verdict, probe.Operator, Left: null, Right: null)
        {
            Unknown = unknown,
        };
    }

    /// <summary>
    /// The unknown field to name: the first the condition reads without guarding it, else the first it guards; null
    /// when every field it reads is known, or a fact it needs is not bound.
    /// </summary>
    private static string? UnknownPath(ConditionProbe probe, object?[] values)
    {
        if (probe.Slots.Any(s => s < 0 || values[s] is null)) return null;
        var unknown = probe.Nullable.Where(n => n.Known(values) is false).ToArray();
        return unknown.FirstOrDefault(n => !n.Guarded).Path ?? unknown.FirstOrDefault().Path;
    }

    /// <summary>
    /// Whether the condition passed (true), failed (false) or was not evaluated (null): the verdict of
    /// <see cref="Outcome"/>, here without building the outcome or evaluating the sides (the why-not search scores
    /// every candidate with it).
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
