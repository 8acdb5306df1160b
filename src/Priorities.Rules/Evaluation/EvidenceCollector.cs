using Priorities.Results;

namespace Priorities.Evaluation;

/// <summary>The rules that fired for a candidate and the evidence they matched, in a stable order.</summary>
internal static class EvidenceCollector
{
    /// <summary>Each evidence item once, in the canonical order of the hits, then pattern order.</summary>
    public static IReadOnlyList<Evidence> Evidence(Candidate candidate) =>
        candidate.Hits.SelectMany(h => h.Evidence).Distinct().ToArray();

    /// <summary>The fired rules in firing order (sequence, then the canonical order).</summary>
    public static IReadOnlyList<FiredRule> Rules(Candidate candidate, HitOrder order) =>
        candidate.Hits
            .Order(order.Firing)
            .Select(h => new FiredRule(h.RuleId, h.Because, h.Scores.ToArray(), h.Tags.ToArray(), h.Evidence.Any(e => e.Sensitive)))
            .ToArray();
}
