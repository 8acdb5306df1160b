using Priorities.Assessments;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>Combines the raw values that fired rules gave a dimension (max or sum) and scores the result.</summary>
internal static class DimensionScorer
{
    /// <summary>
    /// The dimension's score. With no raw value it scores the dimension's explicit missing score, or has no evidence
    /// (<c>missing: unknown</c>). A raw value outside every band or lookup entry is checked by
    /// <see cref="OutOfRangeValues"/>: an error, or a warning in <paramref name="notes"/> and no raw value.
    /// </summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="hits">The hits of one priority, in canonical order.</param>
    /// <param name="rules">Finds a hit's rule, to place an out-of-range diagnostic at its score expression.</param>
    /// <param name="notes">Receives data-quality warnings.</param>
    /// <exception cref="RuleSetEvaluationException">A raw value outside a lookup or bands bounded at both ends.</exception>
    public static DimensionScore Score(
        DimensionDefinition dimension,
        IEnumerable<RuleHit> hits,
        Func<string, RuleSpec?>? rules = null,
        ICollection<DataQualityNote>? notes = null)
    {
        var scoring = hits
            .SelectMany(h => h.Scores.Select(s => (Hit: h, Score: s)))
            .Where(x => string.Equals(x.Score.Dimension, dimension.Id, StringComparison.Ordinal) && double.IsFinite(x.Score.Raw))
            .ToList();
        var raw = Combine(dimension.Combine, scoring.ConvertAll(x => x.Score.Raw));
        var sensitive = scoring.Exists(x => x.Hit.Evidence.Any(e => e.Sensitive));
        if (raw is { } value && BandScorer.Score(dimension, value) is { } score)
            return new DimensionScore(dimension, raw, Rounding.Round(score), sensitive);
        if (raw is { } outside)
        {
            var hit = dimension.Combine == CombineMode.Max ? scoring.First(x => x.Score.Raw == outside).Hit : scoring[0].Hit;
            var note = OutOfRangeValues.Check(dimension, outside, hit.PriorityId, rules?.Invoke(hit.RuleId));
            notes?.Add(note);
        }
        return dimension.Missing is { } missing
            ? new DimensionScore(dimension, null, Rounding.Round(missing))
            : new DimensionScore(dimension, null, 0, Known: false);
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
