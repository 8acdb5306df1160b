using FsCheck;
using FsCheck.Xunit;
using Priorities.Evaluation;
using Priorities.RuleSets.Model;
using static Priorities.Rules.Tests.Evaluation.PlanFixtures;

namespace Priorities.Rules.Tests.Evaluation;

/// <summary>Scoring with missing evidence: the combiners with dimensions known and unknown, in any order.</summary>
public sealed class CoverageProperties
{
    /// <summary>With every dimension known, each method scores exactly as before missing evidence was unknown.</summary>
    [Property(MaxTest = 300)]
    public void Combine_FullCoverage_Meets_Specification(int seed)
    {
        var random = new Random(seed);
        var scores = RandomScores(random, unknown: false);
        foreach (var method in Enum.GetValues<ScoringMethod>())
        {
            var (_, total, coverage) = ScoreCombiner.Combine(method, scores);
            Assert.Equal(OldTotal(method, scores), total);
            Assert.Equal(1, coverage);
        }
    }

    /// <summary>For every method the contributions add up to the total, and neither depends on declaration order.</summary>
    [Property(MaxTest = 300)]
    public void Combine_Contributions_Meets_Specification(int seed, int shuffle)
    {
        var random = new Random(seed);
        var scores = RandomScores(random, unknown: true);
        var shuffled = scores.ToArray();
        new Random(shuffle).Shuffle(shuffled);
        foreach (var method in Enum.GetValues<ScoringMethod>())
        {
            var (breakdown, total, coverage) = ScoreCombiner.Combine(method, scores);
            var (again, shuffledTotal, shuffledCoverage) = ScoreCombiner.Combine(method, shuffled);
            Assert.Equal(total, breakdown.Sum(c => c.Contribution), 9);
            Assert.Equal((total, coverage), (shuffledTotal, shuffledCoverage));
            Assert.Equal(breakdown.OrderBy(c => c.Dimension, StringComparer.Ordinal), again.OrderBy(c => c.Dimension, StringComparer.Ordinal));
            Assert.All(breakdown.Where(c => c.Evidence == "missing"), c => Assert.Equal(0, c.Contribution));
        }
    }

    /// <summary>Coverage is the share of the weight with evidence: 1 when all is known, 0 when none is, and in between.</summary>
    [Property(MaxTest = 200)]
    public void Combine_Coverage_Meets_Specification(int seed)
    {
        var scores = RandomScores(new Random(seed), unknown: true);
        var (_, _, coverage) = ScoreCombiner.Combine(ScoringMethod.WeightedSum, scores);
        var known = scores.Where(s => s.Known).Sum(s => s.Dimension.Weight);
        Assert.Equal(Rounding.Round(known / scores.Sum(s => s.Dimension.Weight)), coverage, 9);
    }

    private static DimensionScore[] RandomScores(Random random, bool unknown)
    {
        var count = random.Next(1, 6);
        return Enumerable.Range(0, count).Select(i =>
        {
            var known = !unknown || random.Next(3) != 0;
            var dimension = Dimension("d" + i, random.Next(1, 7) / 2.0);
            return new DimensionScore(dimension, null, known ? random.Next(0, 11) / 2.0 : 0, Known: known);
        }).ToArray();
    }

    /// <summary>The totals as they were: Σ rounded w·s; Π s^w rounded; the largest w·s.</summary>
    private static double OldTotal(ScoringMethod method, IReadOnlyList<DimensionScore> scores) => method switch
    {
        ScoringMethod.WeightedSum => Rounding.Round(scores.Sum(s => Rounding.Round(s.Dimension.Weight * s.Score))),
        ScoringMethod.Product => Rounding.Round(scores.Aggregate(1.0, (p, s) => p * Math.Pow(s.Score, s.Dimension.Weight))),
        _ => Rounding.Round(scores.Max(s => s.Dimension.Weight * s.Score)),
    };
}
