using Priorities.Assessments;
using Priorities.Evaluation;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class ComparabilityTests
{
    private static readonly Assessment Quarter = PlanFixtures.Assessment() with
    {
        Period = new AssessmentPeriod { Start = "2024-07", End = "2024-09" },
        PreviousPeriod = new AssessmentPeriod { Start = "2024-04", End = "2024-06" },
        Partnership = new Partnership { Name = "Oxford", Areas = ["Oxford"], Population = 162000 },
    };

    [Theory]
    [InlineData("2024-07..2024-09", "2023-07..2023-09", TrendComparisons.YearOnYear)]
    [InlineData("2024-07..2024-09", "2024-04..2024-06", TrendComparisons.Consecutive)]
    [InlineData("2024-07..2024-09", "2024-01..2024-03", TrendComparisons.Other)]
    [InlineData("2024-07..2024-09", "2023-07..2023-08", TrendComparisons.Other)]
    public void Compare_Windows_HowTheyStand(string current, string previous, string expected) =>
        Assert.Equal(expected, Comparability.Compare(MonthSpan.Parse(current), MonthSpan.Parse(previous)));

    [Fact]
    public void Of_TrendWithoutPeriods_TakesTheAssessmentsAndLocal()
    {
        var like = Comparability.Of(Trend(406), Quarter);

        Assert.Equal(("2024-07..2024-09", "2024-04..2024-06", TrendComparisons.Consecutive, Geographies.Local, 3),
            (like.Span.ToString(), like.Previous.ToString(), like.Comparison, like.Geography, like.Months));
        Assert.Equal(1624, like.Annual(406));
    }

    [Fact]
    public void Of_TrendWithItsOwnPeriods_WinsOverTheAssessments()
    {
        var like = Comparability.Of(Trend(406) with { Period = "2024-01..2024-12", PreviousPeriod = "2023-01..2023-12" }, Quarter);

        Assert.Equal((TrendComparisons.YearOnYear, 12), (like.Comparison, like.Months));
        Assert.Equal(406, like.Annual(406));
    }

    [Fact]
    public void AnnualRate_PopulationKnown_AnnualCountPerThousand()
    {
        var like = Comparability.Of(Trend(405), Quarter);

        Assert.Equal(10, like.AnnualRate(405, null, Quarter.Partnership));
        Assert.Equal(10, like.AnnualRate(405, 2.5, Quarter.Partnership));
    }

    [Fact]
    public void AnnualRate_NoPopulationOrNotLocal_Unknown()
    {
        var like = Comparability.Of(Trend(405), Quarter);
        var national = Comparability.Of(new VolumeFact { Category = "burglary", Area = "England", Count = 5, Period = "2024-01..2024-12", Geography = Geographies.National, Source = "s" });

        Assert.Null(like.AnnualRate(405, null, Quarter.Partnership with { Population = null }));
        Assert.Null(national.AnnualRate(5, null, Quarter.Partnership));
    }

    private static TrendFact Trend(int count) => new()
    {
        Category = "anti-social-behaviour", Area = "Oxford", Count = count, PreviousCount = count, Change = 0, Source = "data.police.uk",
    };
}
