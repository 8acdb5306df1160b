namespace Priorities.Evaluation;

/// <summary><c>weighted-sum</c>: each dimension contributes weight × score.</summary>
internal sealed class WeightedSumCombiner : IScoreCombiner
{
    public static readonly WeightedSumCombiner Instance = new();

    public IReadOnlyList<double> Contributions(IReadOnlyList<DimensionScore> scores) =>
        scores.Select(s => Rounding.Round(s.Dimension.Weight * s.Score)).ToArray();
}
