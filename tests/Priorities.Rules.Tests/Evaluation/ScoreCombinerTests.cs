using Priorities.RuleSets.Model;
using static Priorities.Rules.Tests.Evaluation.PlanFixtures;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class ScoreCombinerTests
{
    private static readonly DimensionDefinition[] HarmAndLikelihood = [Dimension("harm", 2), Dimension("likelihood", 1), Dimension("position", 0.5)];

    private static (double Total, double[] Contributions, double[] Scores) Score(ScoringMethod method, params (string, double)[] raws)
    {
        var document = Document([Priority("p")], HarmAndLikelihood, method);
        var result = Build(document, Outcome(Hit("p", 1, raws)));
        var breakdown = Breakdown(result, "p");
        return (ScoreOf(result, "p"), breakdown.Select(c => c.Contribution).ToArray(), breakdown.Select(c => c.Score).ToArray());
    }

    [Fact]
    public void Build_WeightedSum_SumsWeightTimesScore()
    {
        var (total, contributions, _) = Score(ScoringMethod.WeightedSum, ("harm", 3), ("likelihood", 4), ("position", 5));

        Assert.Equal([6, 4, 2.5], contributions);
        Assert.Equal(12.5, total);
    }

    [Fact]
    public void Build_Product_ContributionsAreLogShares()
    {
        var (total, contributions, _) = Score(ScoringMethod.Product, ("harm", 3), ("likelihood", 4), ("position", 4));

        // 3^2 = 9, 4, 4^0.5 = 2: 72 in all, shared as ln 9 : ln 4 : ln 2 of ln 72.
        Assert.Equal(72, total);
        Assert.Equal([Math.Round(72 * Math.Log(9) / Math.Log(72), 3), Math.Round(72 * Math.Log(4) / Math.Log(72), 3), Math.Round(72 * Math.Log(2) / Math.Log(72), 3)], contributions);
        Assert.Equal(72, contributions.Sum(), 9);
    }

    [Fact]
    public void Build_ProductWithAZeroScore_TotalAndEveryContributionZero()
    {
        var (total, contributions, _) = Score(ScoringMethod.Product, ("harm", 0), ("likelihood", 4), ("position", 4));

        Assert.Equal(0, total);
        Assert.Equal([0, 0, 0], contributions);
    }

    [Fact]
    public void Build_ProductOfOnes_SharedEqually()
    {
        var (total, contributions, _) = Score(ScoringMethod.Product, ("harm", 1), ("likelihood", 1), ("position", 1));

        Assert.Equal(1, total);
        Assert.Equal([0.333, 0.333, 0.334], contributions.Order());
    }

    [Fact]
    public void Build_ProductWithAFactorOfOne_ItContributesNothing()
    {
        var (total, contributions, _) = Score(ScoringMethod.Product, ("harm", 1), ("likelihood", 5), ("position", 4));

        Assert.Equal(10, total);
        Assert.Equal(0, contributions[0]);
    }

    [Fact]
    public void Build_ProductMissingEvidence_RescalesThePowerToTheFullWeight()
    {
        var dimensions = new[] { Dimension("harm", 1), Dimension("likelihood", 1) with { Missing = null } };
        var result = Build(Document([Priority("p")], dimensions, ScoringMethod.Product), Outcome(Hit("p", 1, ("harm", 3))));

        // 3^(2/1) = 9: the known factor stands for the full weight; coverage 1/2.
        Assert.Equal(9, ScoreOf(result, "p"));
        Assert.Equal(0.5, Coverage(result));
    }

    private static double Coverage(Priorities.Results.PlanResult result) =>
        result.Priorities.Select(p => p.Coverage).Concat(result.NotSelected.Select(n => n.Coverage)).Single();

    [Fact]
    public void Build_ProductWithIrrationalFactors_ContributionsAddUpToRoundedTotal()
    {
        var (total, contributions, _) = Score(ScoringMethod.Product, ("harm", 1.1), ("likelihood", 1.3), ("position", 2));

        Assert.Equal(Math.Round(1.1 * 1.1 * 1.3 * Math.Sqrt(2), 3), total);
        Assert.Equal(total, contributions.Sum(), 9);
        var logs = Math.Log(1.21) + Math.Log(1.3) + Math.Log(Math.Sqrt(2));
        Assert.InRange(Math.Abs(total * Math.Log(1.21) / logs - contributions[0]), 0, 0.0015); // its share, give or take rounding
    }

    [Fact]
    public void Build_Max_FirstLargestWeightedScoreContributesEverything()
    {
        var (total, contributions, _) = Score(ScoringMethod.Max, ("harm", 1.5), ("likelihood", 4), ("position", 1));

        Assert.Equal([0, 4, 0], contributions);
        Assert.Equal(4, total);
    }

    [Fact]
    public void Build_MaxWithTiedDimensions_SharedEquallyWhateverTheOrder()
    {
        var (total, contributions, _) = Score(ScoringMethod.Max, ("harm", 2), ("likelihood", 4), ("position", 8));

        Assert.Equal([1.333, 1.333, 1.334], contributions.Order());
        Assert.Equal(4, total);
    }

    [Fact]
    public void Build_WeightedSumMissingEvidence_RescalesToTheFullWeight()
    {
        var dimensions = new[] { Dimension("harm", 3), Dimension("trend", 2) with { Missing = null }, Dimension("volume", 1) };
        var result = Build(Document([Priority("p")], dimensions), Outcome(Hit("p", 1, ("harm", 4), ("volume", 2))));

        // (3x4 + 1x2) x 6/4 = 21; trend contributes nothing and is marked missing.
        Assert.Equal(21, ScoreOf(result, "p"));
        Assert.Equal([18, 0, 3], Breakdown(result, "p").Select(c => c.Contribution));
        Assert.Equal(["known", "missing", "known"], Breakdown(result, "p").Select(c => c.Evidence));
        Assert.Equal(0.667, Coverage(result));
    }

    [Fact]
    public void Build_WeightedSumOfThirds_RoundsContributionsAndTotalToThreePlaces()
    {
        var document = Document([Priority("p")], [Dimension("a", 1.0 / 3), Dimension("b", 2.0 / 3)]);
        var result = Build(document, Outcome(Hit("p", 1, ("a", 1), ("b", 1))));

        Assert.Equal([0.333, 0.667], Breakdown(result, "p").Select(c => c.Contribution));
        Assert.Equal(1, ScoreOf(result, "p"));
    }
}
