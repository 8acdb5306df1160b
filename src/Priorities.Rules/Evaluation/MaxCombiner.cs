namespace Priorities.Evaluation;

/// <summary><c>max</c>: the largest weight × score is the total, all of it contributed by the first dimension that has it.</summary>
internal sealed class MaxCombiner : IScoreCombiner
{
    public static readonly MaxCombiner Instance = new();

    public IReadOnlyList<double> Contributions(IReadOnlyList<DimensionScore> scores)
    {
        var result = new double[scores.Count];
        if (scores.Count == 0) return result;
        var best = 0;
        for (var i = 1; i < scores.Count; i++)
        {
            if (Weighted(scores[i]) > Weighted(scores[best])) best = i;
        }
        result[best] = Rounding.Round(Weighted(scores[best]));
        return result;
    }

    private static double Weighted(DimensionScore score) => score.Dimension.Weight * score.Score;
}
