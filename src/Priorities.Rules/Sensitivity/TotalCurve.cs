using Priorities.Evaluation;

namespace Priorities.Sensitivity;

/// <summary>
/// A candidate's <c>weighted-sum</c> total (before rounding) and coverage as functions of one dimension's weight w,
/// the others fixed. With evidence for every dimension the total is linear, A + s·w. Otherwise the known part is put
/// on the full weight (<see cref="EvidenceCoverage"/>): (A + s·w)(C + w) / (Cₖ + w) when the dimension is known, and
/// A(C + w) / Cₖ, linear again, when it is not; A is the other known dimensions' Σ weight × score, C the other
/// weights and Cₖ the other known weights.
/// </summary>
internal sealed class TotalCurve
{
    private readonly double _a;
    private readonly double _s;
    private readonly double _c;
    private readonly double _ck;
    private readonly bool _known;

    private TotalCurve(double a, double s, double c, double ck, bool known, bool complete)
    {
        (_a, _s, _c, _ck, _known, Complete) = (a, s, c, ck, known, complete);
    }

    /// <summary>Whether the candidate has evidence for every dimension (coverage 1, whatever the weights).</summary>
    public bool Complete { get; }

    /// <summary>Whether the total is linear in w: it is <see cref="Intercept"/> + <see cref="Slope"/> × w.</summary>
    public bool Linear => Complete || !_known;

    /// <summary>The total at w = 0, when <see cref="Linear"/>.</summary>
    public double Intercept => Complete ? _a : _ck == 0 ? 0 : _a * _c / _ck;

    /// <summary>The change of the total per unit of w, when <see cref="Linear"/>.</summary>
    public double Slope => Complete ? _s : _ck == 0 ? 0 : _a / _ck;

    /// <summary>The curve of one candidate's dimension scores along dimension <paramref name="d"/>.</summary>
    public static TotalCurve Of(IReadOnlyList<DimensionScore> scores, int d)
    {
        double a = 0, c = 0, ck = 0;
        for (var j = 0; j < scores.Count; j++)
        {
            if (j == d) continue;
            c += scores[j].Dimension.Weight;
            if (!scores[j].Known) continue;
            ck += scores[j].Dimension.Weight;
            a += scores[j].Dimension.Weight * scores[j].Score;
        }
        return new TotalCurve(a, scores[d].Score, c, ck, scores[d].Known, scores.All(s => s.Known));
    }

    /// <summary>The total before rounding at weight <paramref name="w"/>.</summary>
    public double Total(double w)
    {
        if (Linear) return Intercept + Slope * w;
        var known = _ck + w;
        return known == 0 ? 0 : (_a + _s * w) * (_c + w) / known;
    }

    /// <summary>The weight at which coverage equals <paramref name="share"/>, or null when it never does.</summary>
    public double? CoverageCrossing(double share)
    {
        if (Complete) return null;
        if (_known) return share >= 1 ? null : (share * _c - _ck) / (1 - share);
        return share <= 0 ? null : _ck / share - _c;
    }
}
