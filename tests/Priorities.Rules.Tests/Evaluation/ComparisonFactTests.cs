using Priorities.Assessments;
using Priorities.Engine.Facts;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.Evaluation;

/// <summary>The <c>comparison</c> fact and the shipped matrix's <c>comparison</c> dimension.</summary>
public sealed class ComparisonFactTests
{
    private const string Source = "ONS table C2 and census 2021";

    private static Assessment Oxford(params ComparisonFact[] comparisons) => new()
    {
        Partnership = new Partnership { Name = "Oxford", Code = "E22000308", Population = 162_000 },
        Period = new AssessmentPeriod { Start = "2024-07", End = "2025-06" },
        Volumes = [new VolumeFact { Category = "burglary", Area = "Oxford", Count = 988, Period = "2024-07..2025-06", Source = Source }],
        Harm = [new HarmFact { Category = "burglary", Weight = 100, Unit = "days", Source = "CCHI" }],
        Comparisons = comparisons,
    };

    private static ComparisonFact Burglary(int? rank = 2, int? count = 10) => new()
    {
        Category = "burglary", Area = "Oxford", Rate = 6.1, NationalRate = 4.357, Ratio = 6.1 / 4.357, Percentile = 93.4,
        Partnerships = 287, NeighbourRank = rank, NeighbourCount = count, Period = "2024-07..2025-06", Source = Source,
    };

    private static ProposedPriority SeriousAcquisitiveCrime(Assessment assessment)
    {
        var result = ShippedRuleSets.Load("matrix").RuleSet!.Evaluate(assessment);
        return Assert.Single(result.Priorities, p => p.Id == "serious-acquisitive-crime");
    }

    [Fact]
    public void Convert_Comparison_FieldsAndUnknownsAsGiven()
    {
        var facts = FactConverter.Convert(Oxford(Burglary(), new ComparisonFact { Category = "robbery", Source = Source }), [])
            .Select(f => f.Record).Where(f => f.Type.Name == "comparison").ToList();

        Assert.Equal(2, facts.Count);
        var known = facts.Single(f => (string?)f["category"] == "burglary");
        Assert.Equal((6.1, 2L, 10L, "2nd highest of its 10 nearest areas"), (known["rate"], known["neighbourRank"], known["neighbourCount"], known["neighbourPlace"]));
        var unknown = facts.Single(f => (string?)f["category"] == "robbery");
        Assert.Equal<object?>([null, null, null, null, "Oxford", ""], [unknown["rate"], unknown["ratio"], unknown["percentile"], unknown["neighbourRank"], unknown["area"], unknown["neighbourPlace"]]);
    }

    [Fact]
    public void Evaluate_Matrix_ScoresTheRatioAndQuotesTheComparison()
    {
        var priority = SeriousAcquisitiveCrime(Oxford(Burglary()));

        var component = Assert.Single(priority.Breakdown, c => c.Dimension == "comparison");
        Assert.Equal((6.1 / 4.357, 4.0, EvidenceState.Known), (component.Raw!.Value, component.Score, component.Evidence));
        Assert.Contains(priority.Rationale, line => line.Contains(
            "urglary: 6.1 per 1,000 residents in Oxford, 1.4× the England and Wales rate, higher than 93% of partnerships, 2nd highest of its 10 nearest areas",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_Matrix_NoNeighbourRank_QuotesTheNationalRatioAlone()
    {
        var priority = SeriousAcquisitiveCrime(Oxford(Burglary(rank: null, count: null)));

        Assert.Contains(priority.Rationale, line => line.Contains("urglary: 6.1 per 1,000 residents in Oxford, 1.4× the England and Wales rate (", StringComparison.Ordinal));
        Assert.DoesNotContain(priority.Rationale, line => line.Contains("nearest", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_Matrix_NoComparisons_DimensionMissingNotZero()
    {
        var priority = SeriousAcquisitiveCrime(Oxford());

        var component = Assert.Single(priority.Breakdown, c => c.Dimension == "comparison");
        Assert.Equal((null, 0.0, EvidenceState.Missing), (component.Raw, component.Contribution, component.Evidence));
    }

    [Fact]
    public void Evaluate_Matrix_RateWellBelowNational_ScoresLowest()
    {
        var low = Burglary() with { Rate = 1, Ratio = 1 / 4.357 };

        var component = Assert.Single(SeriousAcquisitiveCrime(Oxford(low)).Breakdown, c => c.Dimension == "comparison");

        Assert.Equal(1.0, component.Score);
    }

    [Theory]
    [InlineData(1, 10, "highest of its 10 nearest areas")]
    [InlineData(2, 10, "2nd highest of its 10 nearest areas")]
    [InlineData(3, 10, "3rd highest of its 10 nearest areas")]
    [InlineData(11, 10, "lowest of its 10 nearest areas")]
    [InlineData(1, 1, "highest of its nearest area")]
    [InlineData(null, 10, "")]
    [InlineData(2, 0, "")]
    [InlineData(12, 10, "")]
    public void NeighbourPlace_Of_WordsForTheRank(int? rank, int? count, string expected) =>
        Assert.Equal(expected, NeighbourPlace.Of(rank, count));

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(103, "103rd")]
    [InlineData(111, "111th")]
    public void NeighbourPlace_Ordinal_EnglishSuffix(int number, string expected) => Assert.Equal(expected, NeighbourPlace.Ordinal(number));
}
