using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>
/// Finds the candidate tuples that came closest to firing a rule: a beam search over the match patterns that keeps
/// the partial tuples with the fewest failed conditions (then the most passed, then the earliest facts).
/// </summary>
internal static class MissExplainer
{
    private const int BeamWidth = 64;

    /// <param name="rule">The rule explained.</param>
    /// <param name="facts">Working memory.</param>
    /// <param name="maxCandidates">How many candidates to return.</param>
    /// <param name="pinned">When given, the only fact tried for the match pattern in that tuple slot.</param>
    public static IReadOnlyList<CandidateExplanation> Explain(CompiledRule rule, IReadOnlyList<FactHandle> facts, int maxCandidates, (int Slot, FactHandle Fact)? pinned = null)
    {
        var beam = new List<CandidateScore> { new(new FactHandle?[rule.Width], 0, 0) };
        foreach (var step in rule.Steps)
        {
            var candidates = pinned is { } pin && pin.Slot == step.Slot
                ? [pin.Fact]
                : facts.Where(f => ReferenceEquals(f.Type, step.Node.Type)).ToList();
            if (candidates.Count == 0) continue;
            beam = beam.SelectMany(b => candidates.Select(f => Score(rule, b.Tuple, step.Slot, f)))
                .OrderBy(s => s, CandidateScoreOrder.Instance).Take(BeamWidth).ToList();
        }
        return beam.Where(b => b.Failed > 0).Take(Math.Max(0, maxCandidates))
            .Select(b => new CandidateExplanation(rule.Id, rule.MatchSlots.Select(s => b.Tuple[s]).ToArray(), ConditionExplainer.Explain(rule, b.Tuple)))
            .ToArray();
    }

    private static CandidateScore Score(CompiledRule rule, FactHandle?[] tuple, int slot, FactHandle fact)
    {
        var extended = (FactHandle?[])tuple.Clone();
        extended[slot] = fact;
        var values = extended.Select(h => h?.Fact).ToArray();
        int failed = 0, passed = 0;
        foreach (var probe in rule.Probes)
        {
            var outcome = ConditionExplainer.Outcome(probe, values).Passed;
            if (outcome == true) passed++;
            else if (outcome == false) failed++;
        }
        return new CandidateScore(extended, failed, passed);
    }
}
