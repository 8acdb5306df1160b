namespace Priorities.Evaluation;

/// <summary>Puts candidates in the order of the plan (see <see cref="TieBreakOrder"/>).</summary>
internal static class CandidateRanker
{
    public static IReadOnlyList<Candidate> Rank(IEnumerable<Candidate> candidates, TieBreakOrder order) =>
        candidates.Order(order).ToArray();
}
