using Priorities.Import.PoliceUk;

namespace Priorities.Import.Tests.PoliceUk;

public sealed class PoliceUkTrendTests
{
    private static PoliceUkTrends Trends() => new(
        new PoliceUkImportOptions { Inputs = [], Current = MonthRange.Parse("2022-03") },
        MonthRange.Parse("2022-03"),
        MonthRange.Parse("2021-03"),
        new CountGrid());

    [Theory]
    [InlineData(150, 120, 30, 25.0)]
    [InlineData(90, 120, -30, -25.0)]
    [InlineData(1, 3, -2, -66.7)]
    [InlineData(2, 3, -1, -33.3)]
    public void Create_Counts_ChangeAndPercentageToOneDecimal(int count, int previous, int change, double percent)
    {
        var trend = Trends().Create("burglary", "Oxford", count, previous, "test");

        Assert.Equal((change, percent), (trend.Change, trend.ChangePct!.Value));
    }

    [Fact]
    public void Create_PreviousZero_NoPercentage()
    {
        var trend = Trends().Create("burglary", "Oxford", 12, 0, "test");

        Assert.Null(trend.ChangePct);
        Assert.Equal(12, trend.Change);
    }

    [Theory]
    [InlineData(19, 19, true)]
    [InlineData(19, 20, false)]
    [InlineData(20, 19, false)]
    [InlineData(500, 9, true)]
    [InlineData(500, 10, false)]
    public void Create_SmallCounts_FlaggedBelowTwentyBothOrBaseBelowTen(int count, int previous, bool small)
    {
        Assert.Equal(small, Trends().Create("drugs", "Oxford", count, previous, "test").SmallNumbers);
    }
}
