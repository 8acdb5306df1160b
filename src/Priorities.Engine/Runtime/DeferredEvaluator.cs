using Priorities.Engine.Facts;
using Priorities.Engine.Model;
using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>Evaluates a rule's not-exists, aggregate and test patterns against working memory as the rule is about to fire.</summary>
internal static class DeferredEvaluator
{
    private static readonly FactType ValueType = FactType.Define("value", []);

    public static bool Holds(Firing activation, WorkingMemory memory)
    {
        var tuple = activation.Tuple;
        foreach (var step in activation.Compiled.Deferred)
        {
            var holds = step.Kind switch
            {
                PatternKind.Test => step.Filter!(tuple),
                PatternKind.NotExists => !Any(step, tuple, memory),
                _ => Aggregate(step, tuple, memory),
            };
            if (!holds) return false;
        }
        return true;
    }

    private static bool Any(DeferredStep step, FactHandle?[] tuple, WorkingMemory memory)
    {
        var candidates = Candidates(step, tuple, memory);
        if (candidates is null) return false;
        if (step.Filter is null) return candidates.Count > 0;
        try
        {
            foreach (var fact in candidates)
            {
                tuple[step.FactSlot] = fact;
                if (step.Filter(tuple)) return true;
            }
            return false;
        }
        finally
        {
            tuple[step.FactSlot] = null;
        }
    }

    private static bool Aggregate(DeferredStep step, FactHandle?[] tuple, WorkingMemory memory)
    {
        var accumulator = new AggregateAccumulator(step.Function);
        foreach (var fact in Candidates(step, tuple, memory) ?? [])
        {
            tuple[step.FactSlot] = fact;
            if (step.Filter is null || step.Filter(tuple)) accumulator.Add(step.Value is null ? 0 : step.Value(tuple));
        }
        tuple[step.FactSlot] = null;
        if (!accumulator.HasResult) return false;
        tuple[step.Slot] = new FactHandle(accumulator.Result, ValueType, -1, 0, null);
        return true;
    }

    private static List<FactHandle>? Candidates(DeferredStep step, FactHandle?[] tuple, WorkingMemory memory) =>
        memory.Candidates(step.Node!, step.RightIndex, step.LeftKey?.Invoke(tuple));
}
