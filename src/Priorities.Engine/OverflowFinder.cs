using Priorities.Engine.Network;
using Priorities.Engine.Runtime;

namespace Priorities.Engine;

/// <summary>
/// After matching failed with an <see cref="OverflowException"/>, finds the rule and condition that overflowed by
/// evaluating each condition over one or two facts again, one at a time: a slow path taken only on that error, so the
/// matching itself carries no bookkeeping for it.
/// </summary>
internal static class OverflowFinder
{
    private const long MaxTries = 1_000_000;

    /// <summary>The exception naming the culprit; <paramref name="inserted"/>, when given, must be one of its facts.</summary>
    public static ConditionOverflowException Find(
        IReadOnlyList<CompiledRule> rules, FactIndex facts, FactHandle? inserted, OverflowException cause)
    {
        var tries = 0L;
        foreach (var rule in rules)
            foreach (var probe in rule.Probes)
                if (Overflows(rule, probe, facts, inserted, ref tries))
                    return new ConditionOverflowException(rule.Id, probe.Text, probe.PatternIndex, cause);
        return new ConditionOverflowException(string.Empty, string.Empty, -1, cause);
    }

    private static bool Overflows(CompiledRule rule, ConditionProbe probe, FactIndex facts, FactHandle? inserted, ref long tries)
    {
        if (probe.Slots.Count is 0 or > 2 || probe.Slots.Any(s => s < 0)) return false;
        var first = Candidates(rule, probe.Slots[0], facts);
        var second = probe.Slots.Count == 2 ? Candidates(rule, probe.Slots[1], facts) : [null];
        var values = new object?[rule.Width];
        foreach (var a in first)
            foreach (var b in second)
            {
                if (inserted is not null && !ReferenceEquals(a, inserted) && !ReferenceEquals(b, inserted)) continue;
                if (++tries > MaxTries) return false;
                values[probe.Slots[0]] = a!.Fact;
                if (b is not null) values[probe.Slots[1]] = b.Fact;
                if (Throws(probe, values)) return true;
            }
        return false;
    }

    private static IReadOnlyList<FactHandle?> Candidates(CompiledRule rule, int slot, FactIndex facts) =>
        rule.Steps.FirstOrDefault(s => s.Slot == slot) is { } step ? facts.Of(step.Node.Type) : [];

    private static bool Throws(ConditionProbe probe, object?[] values)
    {
        try
        {
            probe.Whole(values);
            return false;
        }
        catch (OverflowException)
        {
            return true;
        }
    }
}
