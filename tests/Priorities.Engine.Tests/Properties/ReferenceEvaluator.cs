using Priorities.Engine.Facts;
using Priorities.Engine.Model;
using static Priorities.Engine.Tests.Properties.ScenarioTypes;

namespace Priorities.Engine.Tests.Properties;

/// <summary>
/// The specification of the engine, written as plainly as possible: on every cycle, enumerate every tuple of every rule
/// by nested loops over all facts, keep those whose conditions hold now and that have not fired, and fire the first
/// by (salience descending, rule order, fact order). Chaining past <c>maxDepth</c> is reported as null.
/// </summary>
internal sealed class ReferenceEvaluator(Scenario scenario, int maxDepth)
{
    private readonly List<FactRecord> _facts = [.. scenario.Facts];
    private readonly List<int> _depth = scenario.Facts.Select(_ => 0).ToList();
    private readonly HashSet<string> _fired = [];

    public List<ReferenceFiring>? Run()
    {
        var firings = new List<ReferenceFiring>();
        var order = scenario.Rules.Select((r, i) => (r, i)).OrderByDescending(x => x.r.Salience).ThenBy(x => x.i).Select(x => x.r).ToList();
        while (Next(order) is { } next)
        {
            var (rule, tuple) = next;
            var key = rule.Id + ":" + string.Join(",", tuple);
            _fired.Add(key);
            firings.Add(new ReferenceFiring(rule.Id, string.Join(",", tuple)));
            if (!rule.InsertsC) continue;
            var depth = 1 + tuple.Max(i => _depth[i]);
            if (depth > maxDepth) return null;
            var x0 = _facts[tuple[0]];
            _facts.Add(Make(C, K(x0), V(x0) + 1, u: U(x0)));
            _depth.Add(depth);
        }
        return firings;
    }

    private (ScenarioRule, int[])? Next(List<ScenarioRule> order)
    {
        foreach (var rule in order)
        {
            var matches = rule.Patterns.Where(p => p.Kind == PatternKind.Match).ToList();
            foreach (var tuple in Tuples(matches.Count))
            {
                if (_fired.Contains(rule.Id + ":" + string.Join(",", tuple))) continue;
                if (Holds(rule, tuple)) return (rule, tuple);
            }
        }
        return null;
    }

    /// <summary>Every tuple of fact indexes, in lexicographic order.</summary>
    private IEnumerable<int[]> Tuples(int width)
    {
        if (width == 0)
        {
            yield return [];
            yield break;
        }
        foreach (var prefix in Tuples(width - 1))
            for (var i = 0; i < _facts.Count; i++) yield return [.. prefix, i];
    }

    private bool Holds(ScenarioRule rule, int[] tuple)
    {
        var slots = new FactRecord?[rule.Patterns.Count];
        var matchIndex = 0;
        for (var p = 0; p < rule.Patterns.Count; p++)
        {
            var pattern = rule.Patterns[p];
            if (pattern.Kind != PatternKind.Match) continue;
            var fact = _facts[tuple[matchIndex++]];
            if (fact.Type.Name != pattern.Type) return false;
            slots[p] = fact;
            if (!pattern.Atoms.All(a => a.Holds(slots))) return false;
        }
        return rule.Patterns.Select((p, i) => (p, i)).Where(x => x.p.Kind != PatternKind.Match).All(x => Deferred(x.p, x.i, slots));
    }

    private bool Deferred(ScenarioPattern pattern, int slot, FactRecord?[] slots)
    {
        var count = 0;
        foreach (var fact in _facts.Where(f => f.Type.Name == pattern.Type))
        {
            slots[slot] = fact;
            if (pattern.Atoms.All(a => a.Holds(slots))) count++;
        }
        slots[slot] = null;
        return pattern.Kind == PatternKind.NotExists ? count == 0 : count >= pattern.Threshold;
    }
}
