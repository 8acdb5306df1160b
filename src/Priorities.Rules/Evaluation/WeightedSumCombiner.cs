namespace Priorities.Evaluation;

/// <summary>
/// <c>weighted-sum</c>: each dimension with evidence contributes weight × score × W / W_known, so the total is
/// Σ_known w·s rescaled to the full weight; with every dimension known that is weight × score, as it always was.
/// </summary>
internal sealed class WeightedSumCombiner : IScoreCombiner
{
    public static readonly WeightedSumCombiner Instance = new();

    public IReadOnlyList<double> Contributions(IReadOnlyList<DimensionScore> scores, EvidenceCoverage coverage) =>
        scores.Select(s => s.Known ? Rounding.Round(s.Dimension.Weight * s.Score * coverage.Scale) : 0).ToArray();
}
