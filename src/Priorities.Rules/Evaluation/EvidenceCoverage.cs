namespace Priorities.Evaluation;

/// <summary>
/// How much of a candidate's score rests on evidence: the weights of the dimensions with evidence (W_known) against
/// all weights (W), the coverage W_known / W, and the scale W / W_known that puts a partial score on the full weight.
/// </summary>
internal sealed class EvidenceCoverage
{
    private EvidenceCoverage(double total, double known, bool complete, int count, int knownCount)
    {
        (Total, Known, Complete) = (total, known, complete);
        Share = complete ? 1
            : total > 0 ? Rounding.Round(Math.Clamp(known / total, 0, 1))
            : Rounding.Round((double)knownCount / count);
        Scale = complete ? 1 : known != 0 ? total / known : 0;
    }

    /// <summary>W: the sum of all weights.</summary>
    public double Total { get; }

    /// <summary>W_known: the sum of the weights of dimensions with evidence.</summary>
    public double Known { get; }

    /// <summary>Whether every dimension has evidence.</summary>
    public bool Complete { get; }

    /// <summary>The coverage, 0–1, rounded like scores; by count of dimensions when the weights add up to 0 or less.</summary>
    public double Share { get; }

    /// <summary>W / W_known, exactly 1 when every dimension has evidence and 0 when none has.</summary>
    public double Scale { get; }

    public static EvidenceCoverage Of(IReadOnlyList<DimensionScore> scores)
    {
        var total = ContributionShares.Sum(scores.Select(s => s.Dimension.Weight));
        var known = ContributionShares.Sum(scores.Where(s => s.Known).Select(s => s.Dimension.Weight));
        var knownCount = scores.Count(s => s.Known);
        return new EvidenceCoverage(total, known, knownCount == scores.Count, Math.Max(scores.Count, 1), knownCount);
    }
}
