using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>
/// Selects from ranked candidates: every mandatory one, then discretionary ones best first, up to <c>top</c> of
/// them, while their total is at least <c>minScore</c>. Discretionary candidates whose coverage is below
/// <c>minCoverage</c> are set apart as evidence gaps, in catalogue order: neither selected nor left out. Mandatory
/// priorities below it stay in the plan, after the others (a score on so little evidence is not compared).
/// </summary>
internal static class SelectionPolicyApplier
{
    public static Selection Apply(IReadOnlyList<Candidate> candidates, SelectionPolicy policy)
    {
        var gaps = candidates.Where(c => IsGap(c, policy)).OrderBy(c => c.CatalogueIndex).ToArray();
        var ranked = candidates.Where(c => !IsGap(c, policy)).ToArray();
        var chosen = new HashSet<Candidate>(ReferenceEqualityComparer.Instance);
        Candidate? last = null;
        var taken = 0;
        foreach (var candidate in ranked)
        {
            if (candidate.Mandatory) chosen.Add(candidate);
            else if (taken < (policy.Top ?? int.MaxValue) && candidate.Total >= (policy.MinScore ?? double.NegativeInfinity))
            {
                chosen.Add(candidate);
                last = candidate;
                taken++;
            }
        }
        var topFull = policy.Top is { } top && taken >= top;
        var rejected = ranked
            .Where(c => !c.Mandatory)
            .Select((c, index) => (Candidate: c, Rank: index + 1))
            .Where(x => !chosen.Contains(x.Candidate))
            .Select(x => Reject(x.Candidate, x.Rank, policy, topFull ? last : null, topFull))
            .ToArray();
        var plan = ranked.Where(chosen.Contains).OrderBy(c => c.Coverage < policy.MinCoverage).ToArray();
        return new Selection(plan, rejected) { Gaps = gaps };
    }

    /// <summary>
    /// Whether a candidate has too little evidence to be assessed; a statutory duty (mandatory, or with a legal basis)
    /// never is a gap: whether it applies is a matter of law, not of evidence.
    /// </summary>
    public static bool IsGap(Candidate candidate, SelectionPolicy policy) =>
        !candidate.Mandatory && candidate.Definition.LegalBasis is null && candidate.Coverage < policy.MinCoverage;

    private static Rejection Reject(Candidate candidate, int rank, SelectionPolicy policy, Candidate? last, bool topFull)
    {
        double? belowMinimum = policy.MinScore is { } min && candidate.Total < min ? Rounding.Round(min - candidate.Total) : null;
        var behindLast = last is null ? 0 : Rounding.Round(last.Total - candidate.Total);
        var shortfall = Math.Max(belowMinimum ?? 0, behindLast);
        return new Rejection(candidate, rank, shortfall, belowMinimum, last, topFull);
    }
}
