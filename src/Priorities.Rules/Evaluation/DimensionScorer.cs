using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>Combines the raw values that fired rules gave a dimension (max or sum) and scores the result.</summary>
internal static class DimensionScorer
{
    public static DimensionScore Score(DimensionDefinition dimension, IEnumerable<RuleHit> hits)
    {
        var scoring = hits
            .SelectMany(h => h.Scores.Select(s => (Hit: h, Score: s)))
            .Where(x => string.Equals(x.Score.Dimension, dimension.Id, StringComparison.Ordinal) && double.IsFinite(x.Score.Raw))
            .ToList();
        var raw = Combine(dimension.Combine, scoring.ConvertAll(x => x.Score.Raw));
        var sensitive = scoring.Exists(x => x.Hit.Evidence.Any(e => e.Sensitive));
        return new DimensionScore(dimension, raw, Rounding.Round(BandScorer.Score(dimension, raw)), sensitive);
    }

    /// <summary>The combined raw value, or null for none. Sums add in ascending order, so hit order never matters.</summary>
    public static double? Combine(CombineMode mode, IReadOnlyList<double> raws)
    {
        if (raws.Count == 0) return null;
        if (mode == CombineMode.Max) return raws.Max();
        var total = 0.0;
        foreach (var value in raws.Order())
            total += value;
        return total;
    }
}
