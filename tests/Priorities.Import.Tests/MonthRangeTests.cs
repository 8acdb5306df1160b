namespace Priorities.Import.Tests;

/// <summary>Month ranges as the importers' options take them (<c>2022-03..2023-02</c>).</summary>
public sealed class MonthRangeTests
{
    [Theory]
    [InlineData("2022-03..2023-02", "2022-03", "2023-02", 12)]
    [InlineData("2024-07", "2024-07", "2024-07", 1)]
    public void MonthRangeParse_Valid_StartEndLength(string text, string start, string end, int length)
    {
        var range = MonthRange.Parse(text);

        Assert.Equal((start, end, length), (range.Start.ToString(), range.End.ToString(), range.Length));
        Assert.Equal("2021-03", MonthRange.Parse("2022-03..2023-02").AddYears(-1).Start.ToString());
    }

    [Theory]
    [InlineData("2022-13")]
    [InlineData("2023-02..2022-03")]
    [InlineData("22-03")]
    [InlineData("2022-03..")]
    public void MonthRangeTryParse_Invalid_False(string text)
    {
        Assert.False(MonthRange.TryParse(text, out _));
    }
}
