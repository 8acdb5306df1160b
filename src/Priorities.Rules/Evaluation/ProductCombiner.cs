namespace Priorities.Evaluation;

/// <summary>
/// <c>product</c>: the total is P = Π_known score^weight over the dimensions with evidence, rescaled to the full
/// weight as P^(W / W_known) (the sign kept); with every dimension known it is Π score^weight, as it always was. Each
/// dimension's contribution is its share of the log: total × ln f_i / Σ ln f_j for its factor f_i = score^weight, so
/// it never depends on declaration order. A factor of 1 multiplies nothing and contributes 0. When a factor is 0 or
/// negative, or the logs add up to 0, the total is shared equally among the dimensions with evidence (a product with
/// a 0 score is 0, and so is every contribution). Shares are rounded to add up exactly to the rounded total.
/// </summary>
internal sealed class ProductCombiner : IScoreCombiner
{
    public static readonly ProductCombiner Instance = new();

    public IReadOnlyList<double> Contributions(IReadOnlyList<DimensionScore> scores, EvidenceCoverage coverage)
    {
        var factors = scores.Select(s => s.Known ? Factor(s) : (double?)null).ToArray();
        var known = factors.OfType<double>().ToArray();
        if (known.Length == 0) return new double[scores.Count];
        var total = Rounding.Round(Rescale(Product(known), coverage.Scale));
        var logs = known.All(f => f > 0) ? factors.Select(f => f is { } v ? Math.Log(v) : (double?)null).ToArray() : null;
        var sum = logs is null ? 0 : ContributionShares.Sum(logs.OfType<double>());
        var shares = logs is null || sum == 0
            ? factors.Select(f => f is null ? (double?)null : total / known.Length).ToArray()
            : logs.Select(l => l is { } v ? total * v / sum : (double?)null).ToArray();
        return ContributionShares.Apportion(total, shares, scores.Select(s => s.Dimension.Id).ToArray());
    }

    /// <summary>The product of the factors, multiplied in ascending order so that their order never matters.</summary>
    private static double Product(IEnumerable<double> factors)
    {
        var product = 1.0;
        foreach (var factor in factors.Order()) product *= factor;
        return product;
    }

    private static double Rescale(double product, double scale) =>
        scale == 1 ? product : product < 0 ? -Math.Pow(-product, scale) : Math.Pow(product, scale);

    /// <summary>score^weight; a factor that is not a finite number (such as a negative score to a fractional power) counts as 0.</summary>
    private static double Factor(DimensionScore score)
    {
        var factor = Math.Pow(score.Score, score.Dimension.Weight);
        return double.IsFinite(factor) ? factor : 0;
    }
}
