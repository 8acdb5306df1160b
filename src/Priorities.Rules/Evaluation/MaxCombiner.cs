namespace Priorities.Evaluation;

/// <summary>
/// <c>max</c>: the largest weight × score among the dimensions with evidence is the total (no rescaling: a maximum
/// is already on the full scale); it is contributed by the dimension that has it, shared equally when several do.
/// </summary>
internal sealed class MaxCombiner : IScoreCombiner
{
    public static readonly MaxCombiner Instance = new();

    public IReadOnlyList<double> Contributions(IReadOnlyList<DimensionScore> scores, EvidenceCoverage coverage)
    {
        var known = scores.Where(s => s.Known).ToArray();
        if (known.Length == 0) return new double[scores.Count];
        var best = known.Max(Weighted);
        var tied = scores.Count(s => s.Known && Weighted(s) == best);
        var shares = scores.Select(s => s.Known && Weighted(s) == best ? best / tied : (double?)null).ToArray();
        return ContributionShares.Apportion(best, shares, scores.Select(s => s.Dimension.Id).ToArray());
    }

    private static double Weighted(DimensionScore score) => score.Dimension.Weight * score.Score;
}
