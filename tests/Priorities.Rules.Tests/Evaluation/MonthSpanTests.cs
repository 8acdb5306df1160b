using FsCheck.Xunit;
using Priorities.Evaluation;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class MonthSpanTests
{
    [Theory]
    [InlineData(406, 3, 1624)]
    [InlineData(1334, 12, 1334)]
    [InlineData(100, 9, 133.3)]
    [InlineData(100, 24, 50)]
    [InlineData(7, 1, 84)]
    public void Annualise_Count_ScaledToTwelveMonths(int count, int months, double expected) =>
        Assert.Equal(expected, MonthSpan.Annualise(count, months));

    [Fact]
    public void Annualise_UnknownLength_CountUnchanged() => Assert.Equal(55, MonthSpan.Annualise(55, 0));

    /// <summary>A year's figure is the count itself; otherwise count x 12 / months to one decimal place, never negative for a count.</summary>
    [Property(MaxTest = 200)]
    public void Annualise_Meets_Specification(ushort count, byte length)
    {
        var months = (length % 60) + 1;
        var annual = MonthSpan.Annualise(count, months);

        if (months == 12) Assert.Equal(count, annual);
        Assert.Equal(Math.Round(count * 12.0 / months, 1, MidpointRounding.AwayFromZero), annual);
        Assert.True(annual >= 0);
    }

    [Theory]
    [InlineData("2024-07..2024-09", 3)]
    [InlineData("2024-07..2025-06", 12)]
    [InlineData("2024-07", 1)]
    public void Parse_Span_CountsMonths(string text, int months) => Assert.Equal(months, MonthSpan.Parse(text)!.Value.Months);

    [Theory]
    [InlineData("2024-09..2024-07")]
    [InlineData("2024-13..2025-01")]
    [InlineData("July 2024")]
    [InlineData("")]
    public void Parse_NotASpan_Null(string text) => Assert.Null(MonthSpan.Parse(text));

    [Theory]
    [InlineData("2019-01-01", 2019, 1)]
    [InlineData("2019-06", 2019, 6)]
    [InlineData("2026", 2026, 12)]
    public void MonthOfDate_Date_LastMonthItFallsIn(string date, int year, int month) =>
        Assert.Equal((year * 12) + month - 1, MonthSpan.MonthOfDate(date));

    [Fact]
    public void MonthOfDate_NotADate_Null() => Assert.Null(MonthSpan.MonthOfDate("spring 2020"));
}
