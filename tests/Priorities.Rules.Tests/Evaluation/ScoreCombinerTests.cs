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
    public void Build_Product_ContributionsAreRunningProductIncrements()
    {
        var (total, contributions, _) = Score(ScoringMethod.Product, ("harm", 3), ("likelihood", 4), ("position", 4));

        // 3^2 = 9; × 4 = 36; × 4^0.5 = 72.
        Assert.Equal([9, 27, 36], contributions);
        Assert.Equal(72, total);
    }

    [Fact]
    public void Build_ProductWithIrrationalFactors_ContributionsAddUpToRoundedTotal()
    {
        var (total, contributions, _) = Score(ScoringMethod.Product, ("harm", 1.1), ("likelihood", 1.3), ("position", 2));

        Assert.Equal(Math.Round(1.1 * 1.1 * 1.3 * Math.Sqrt(2), 3), total);
        Assert.Equal(total, contributions.Sum(), 9);
        Assert.Equal(1.21, contributions[0]);
    }

    [Fact]
    public void Build_Max_FirstLargestWeightedScoreContributesEverything()
    {
        var (total, contributions, _) = Score(ScoringMethod.Max, ("harm", 1.5), ("likelihood", 4), ("position", 1));

        Assert.Equal([0, 4, 0], contributions);
        Assert.Equal(4, total);
    }

    [Fact]
    public void Build_MaxWithTiedDimensions_FirstInDeclaredOrderTakesIt()
    {
        var (total, contributions, _) = Score(ScoringMethod.Max, ("harm", 2), ("likelihood", 4), ("position", 8));

        Assert.Equal([4, 0, 0], contributions);
        Assert.Equal(4, total);
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
