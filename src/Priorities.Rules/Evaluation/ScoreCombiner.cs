using Priorities.Results;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>Picks the combiner of a scoring method and builds a candidate's breakdown and total.</summary>
internal static class ScoreCombiner
{
    public static IScoreCombiner For(ScoringMethod method) => method switch
    {
        ScoringMethod.WeightedSum => WeightedSumCombiner.Instance,
        ScoringMethod.Product => ProductCombiner.Instance,
        ScoringMethod.Max => MaxCombiner.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown scoring method."),
    };

    /// <summary>
    /// The breakdown in the dimensions' order, the total (the sum of the contributions, rounded) and the coverage.
    /// </summary>
    public static (IReadOnlyList<ScoreComponent> Breakdown, double Total, double Coverage) Combine(
        ScoringMethod method, IReadOnlyList<DimensionScore> scores)
    {
        var coverage = EvidenceCoverage.Of(scores);
        var contributions = For(method).Contributions(scores, coverage);
        var breakdown = new ScoreComponent[scores.Count];
        var sum = 0.0;
        for (var i = 0; i < scores.Count; i++)
        {
            var s = scores[i];
            var evidence = s.Known ? EvidenceState.Known : EvidenceState.Missing;
            breakdown[i] = new ScoreComponent(
                s.Dimension.Id, s.Raw, s.Score, s.Dimension.Weight, contributions[i], s.Sensitive, evidence);
            sum += contributions[i];
        }
        return (breakdown, Rounding.Round(sum), coverage.Share);
    }
}
