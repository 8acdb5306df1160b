using Priorities.Assessments;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>Makes every catalogue priority a candidate and scores it from the hits that proposed it.</summary>
internal static class CandidateScorer
{
    /// <summary>The candidates in catalogue order. Hits and misses for ids not in the catalogue are ignored.</summary>
    public static IReadOnlyList<Candidate> Score(RuleSetDocument document, EvaluationOutcome outcome, HitOrder order)
    {
        var hits = outcome.Hits.Order(order).ToLookup(h => h.PriorityId, StringComparer.Ordinal);
        var missOrder = Comparer<RuleMiss>.Create((x, y) => CompareMisses(order, x, y));
        var rules = document.Rules.DistinctBy(r => r.Id).ToDictionary(r => r.Id, StringComparer.Ordinal);
        RuleSpec? Find(string id) => rules.GetValueOrDefault(id);
        return document.Priorities
            .Select((definition, index) =>
                Build(document.Scoring, definition, index, hits[definition.Id].ToArray(),
                    new LazyList<RuleMiss>(() => outcome.MissesFor(definition.Id).Order(missOrder).ToArray()), Find))
            .ToArray();
    }

    private static Candidate Build(
        ScoringModel scoring, PriorityDefinition definition, int index, RuleHit[] hits, IReadOnlyList<RuleMiss> misses, Func<string, RuleSpec?> rules)
    {
        var notes = new List<DataQualityNote>();
        var scores = scoring.Dimensions.Select(d => DimensionScorer.Score(d, hits, rules, notes)).ToArray();
        var (breakdown, total, coverage) = ScoreCombiner.Combine(scoring.Method, scores);
        return new Candidate(definition, index, hits, misses, breakdown, total, hits.Any(h => h.Mandatory))
        {
            Coverage = coverage,
            Notes = notes,
        };
    }

    private static int CompareMisses(HitOrder order, RuleMiss x, RuleMiss y)
    {
        var result = order.CompareRules(x.RuleId, y.RuleId);
        if (result == 0) result = string.CompareOrdinal(x.PriorityId, y.PriorityId);
        return result != 0 ? result : string.CompareOrdinal(string.Join('\n', x.Reasons), string.Join('\n', y.Reasons));
    }
}
