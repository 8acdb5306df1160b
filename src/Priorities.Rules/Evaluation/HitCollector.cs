using System.Globalization;
using Priorities.Engine;
using Priorities.Engine.Network;
using Priorities.Results;
using Priorities.RuleSets.Compilation;

namespace Priorities.Evaluation;

/// <summary>Turns the firings of proposing rules into <see cref="RuleHit"/>s, with their evidence traced to the assessment.</summary>
internal static class HitCollector
{
    public static IReadOnlyList<RuleHit> Collect(SessionResult result, IReadOnlyList<CompiledRule> rules, FactOrigins origins)
    {
        var proposing = rules.Where(p => p.Proposal is not null).DistinctBy(p => p.Id).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var hits = new List<RuleHit>();
        foreach (var firing in result.Firings)
        {
            if (!proposing.TryGetValue(firing.RuleId, out var rule)) continue;
            try
            {
                hits.Add(Hit(firing, rule, rule.Proposal!, origins));
            }
            catch (OverflowException e)
            {
                throw NonFiniteValues.Overflow(rule, rule.Spec.Location, e);
            }
        }
        return hits;
    }

    private static RuleHit Hit(Firing firing, CompiledRule rule, Proposal proposal, FactOrigins origins)
    {
        var output = firing.Output(0);
        var layout = ProposalLayout.Of(output.Names, proposal);
        var values = output.Values;
        var scores = new RawScore[layout.Scores.Length];
        for (var i = 0; i < scores.Length; i++)
            scores[i] = new RawScore(proposal.Dimensions[i],
                Convert.ToDouble(values[layout.Scores[i]], CultureInfo.InvariantCulture));
        NonFiniteValues.CheckScores(rule, scores);
        var because = BecauseRenderer.Render(proposal.Because, i => NonFiniteValues.Checked(rule, values[layout.Because + i]));
        var priority = (string)values[layout.Priority]!;
        return new RuleHit(rule.Id, firing.Sequence, priority, rule.Spec.Then.Mandatory, scores, because,
            Evidence(firing.Facts, origins), rule.Spec.Tags.ToArray());
    }

    /// <summary>The assessment facts behind the matched facts, each once, in pattern order; derived facts are traced back.</summary>
    public static IReadOnlyList<Evidence> Evidence(IEnumerable<FactHandle> facts, FactOrigins origins)
    {
        var found = new List<Evidence>();
        var seen = new List<FactHandle>();
        foreach (var fact in facts) Trace(fact, origins, found, seen);
        return found;
    }

    private static void Trace(FactHandle fact, FactOrigins origins, List<Evidence> found, List<FactHandle> seen)
    {
        foreach (var earlier in seen)
            if (ReferenceEquals(earlier, fact)) return;
        seen.Add(fact);
        if (fact.DerivedBy is { } firing)
        {
            foreach (var source in firing.Facts) Trace(source, origins, found, seen);
        }
        else if (origins.Of(fact) is { } evidence && !found.Contains(evidence))
        {
            found.Add(evidence);
        }
    }
}
