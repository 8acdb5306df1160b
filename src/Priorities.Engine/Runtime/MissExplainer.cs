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
    /// <param name="facts">Working memory, by type.</param>
    /// <param name="maxCandidates">How many candidates to return.</param>
    /// <param name="meter">The session's budget, charged one partial match per candidate scored.</param>
    /// <param name="pinned">When given, the only fact tried for the match pattern in that tuple slot.</param>
    public static IReadOnlyList<CandidateExplanation> Explain(
        CompiledRule rule, FactIndex facts, int maxCandidates, IPartialMatchCounter meter, (int Slot, FactHandle Fact)? pinned = null)
    {
        var beam = new List<CandidateScore> { new(new FactHandle?[rule.Width], 0, 0) };
        var values = new object?[rule.Width];
        foreach (var step in rule.Steps)
        {
            IReadOnlyList<FactHandle> candidates = pinned is { } pin && pin.Slot == step.Slot
                ? [pin.Fact]
                : facts.Of(step.Node.Type);
            if (candidates.Count == 0) continue;
            var next = new CandidateBeam(BeamWidth);
            foreach (var kept in beam) Extend(rule, kept.Tuple, values, step.Slot, candidates, next, meter);
            beam = next.Items;
        }
        return beam.Where(b => b.Failed > 0).Take(Math.Max(0, maxCandidates))
            .Select(b => new CandidateExplanation(
                rule.Id, rule.MatchSlots.Select(s => b.Tuple[s]).ToArray(), ConditionExplainer.Explain(rule, b.Tuple)))
            .ToArray();
    }

    /// <summary>Scores the tuple extended by each candidate fact and offers it to the next beam.</summary>
    private static void Extend(
        CompiledRule rule, FactHandle?[] tuple, object?[] values, int slot, IReadOnlyList<FactHandle> candidates,
        CandidateBeam next, IPartialMatchCounter meter)
    {
        for (var i = 0; i < tuple.Length; i++) values[i] = tuple[i]?.Fact;
        for (var c = 0; c < candidates.Count; c++)
        {
            meter.CountExplainedCandidate(rule.Id);
            var fact = candidates[c];
            values[slot] = fact.Fact;
            int failed = 0, passed = 0;
            var probes = rule.Probes;
            for (var p = 0; p < probes.Count; p++)
            {
                var outcome = ConditionExplainer.Classify(probes[p], values);
                if (outcome == true) passed++;
                else if (outcome == false) failed++;
            }
            next.Offer(tuple, slot, fact, failed, passed);
        }
    }
}
