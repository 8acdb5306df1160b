namespace Priorities.Evaluation;

/// <summary>
/// <c>weighted-sum</c>: each dimension with evidence contributes weight × score × W / W_known, so the total is
/// Σ_known w·s rescaled to the full weight (the rescaled shares rounded to add up to it); with every dimension known
/// each contributes weight × score, as it always did.
/// </summary>
internal sealed class WeightedSumCombiner : IScoreCombiner
{
    public static readonly WeightedSumCombiner Instance = new();

    public IReadOnlyList<double> Contributions(IReadOnlyList<DimensionScore> scores, EvidenceCoverage coverage)
    {
        if (coverage.Complete) return scores.Select(s => Rounding.Round(s.Dimension.Weight * s.Score)).ToArray();
        var shares = scores.Select(s => s.Known ? s.Dimension.Weight * s.Score * coverage.Scale : (double?)null).ToArray();
        var total = ContributionShares.Sum(shares.OfType<double>());
        return ContributionShares.Apportion(total, shares, scores.Select(s => s.Dimension.Id).ToArray());
    }
}
