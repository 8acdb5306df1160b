using Priorities.Evaluation;
using Priorities.RuleSets.Model;
using static Priorities.Rules.Tests.Evaluation.PlanFixtures;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class DimensionScorerTests
{
    private static readonly Band[] TrendBands = [Band(-100, 0, 1), Band(0, 10, 3), Band(10, null, 5)];
    private static readonly Band[] BelowBands = [Band(null, 10, 1), Band(10, 100, 3), Band(100, null, 5)];

    [Theory]
    [InlineData(-5, 1)]
    [InlineData(0, 3)]
    [InlineData(9.99, 3)]
    [InlineData(10, 5)]
    [InlineData(250, 5)]
    public void Score_HalfOpenBands_FromInclusiveToExclusive(double raw, double expected) =>
        Assert.Equal(expected, BandScorer.Score(Dimension("trend", bands: TrendBands), raw));

    [Theory]
    [InlineData(-1000, 1)]
    [InlineData(99.9, 3)]
    [InlineData(100, 5)]
    public void Score_BelowThresholdsEndingInElse_PicksBand(double raw, double expected) =>
        Assert.Equal(expected, BandScorer.Score(Dimension("harm", bands: BelowBands), raw));

    [Fact]
    public void Score_RawBelowEveryBand_ScoresNothing() =>
        Assert.Null(BandScorer.Score(Dimension("trend", bands: TrendBands), -150));

    [Fact]
    public void Score_Lookup_ExactValueOrNothing()
    {
        var concern = Dimension("concern", missing: 0.5, lookup: [new LookupEntry(1, 10, At), new LookupEntry(2, 20, At)]);

        Assert.Equal(20, BandScorer.Score(concern, 2));
        Assert.Null(BandScorer.Score(concern, 3));
    }

    [Fact]
    public void Score_NoBandsOrLookup_RawIsScore() =>
        Assert.Equal(42.5, BandScorer.Score(Dimension("volume"), 42.5));

    [Fact]
    public void Score_NoRawValue_ScoresMissing()
    {
        var scored = DimensionScorer.Score(Dimension("volume", missing: 2, bands: BelowBands), []);

        Assert.Null(scored.Raw);
        Assert.Equal(2, scored.Score);
    }

    [Fact]
    public void Score_CombineMax_TakesLargestRaw()
    {
        var scored = DimensionScorer.Score(Dimension("trend", combine: CombineMode.Max, bands: TrendBands), [Hit("p", 1, ("trend", 4)), Hit("p", 2, ("trend", 12))]);

        Assert.Equal(12, scored.Raw);
        Assert.Equal(5, scored.Score);
    }

    [Fact]
    public void Score_CombineSum_AddsRaws()
    {
        var scored = DimensionScorer.Score(Dimension("trend", combine: CombineMode.Sum, bands: TrendBands), [Hit("p", 1, ("trend", 4)), Hit("p", 2, ("trend", 5)), Hit("p", 3, ("other", 50))]);

        Assert.Equal(9, scored.Raw);
        Assert.Equal(3, scored.Score);
    }

    [Fact]
    public void Build_DimensionWithoutRaw_BreakdownHasNullRawAndMissingScore()
    {
        var document = Document([Priority("p")], [Dimension("harm", 3), Dimension("volume", 1, missing: 2)]);
        var result = Build(document, Outcome(Hit("p", 1, ("harm", 4))));

        var volume = Component(result, "p", "volume");
        Assert.Null(volume.Raw);
        Assert.Equal(2, volume.Score);
        Assert.Equal(2, volume.Contribution);
        Assert.Equal(14, ScoreOf(result, "p"));
    }
}
