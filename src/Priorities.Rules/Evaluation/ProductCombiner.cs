namespace Priorities.Evaluation;

/// <summary>
/// <c>product</c>: the total is Π score^weight; each dimension contributes how much it moved the running product (the
/// first its own factor). Running products are rounded before differencing, so the contributions add up exactly to
/// the rounded product and a larger factor never lowers the total.
/// </summary>
internal sealed class ProductCombiner : IScoreCombiner
{
    public static readonly ProductCombiner Instance = new();

    public IReadOnlyList<double> Contributions(IReadOnlyList<DimensionScore> scores)
    {
        var result = new double[scores.Count];
        var product = 1.0;
        var previous = 0.0;
        for (var i = 0; i < scores.Count; i++)
        {
            product = i == 0 ? Factor(scores[i]) : product * Factor(scores[i]);
            var rounded = Rounding.Round(product);
            result[i] = Rounding.Round(rounded - previous);
            previous = rounded;
        }
        return result;
    }

    /// <summary>score^weight; a factor that is not a finite number (such as a negative score to a fractional power) counts as 0.</summary>
    private static double Factor(DimensionScore score)
    {
        var factor = Math.Pow(score.Score, score.Dimension.Weight);
        return double.IsFinite(factor) ? factor : 0;
    }
}
