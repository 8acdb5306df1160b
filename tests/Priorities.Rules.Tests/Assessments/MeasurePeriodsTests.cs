using Priorities.Assessments;

namespace Priorities.Rules.Tests.Assessments;

public sealed class MeasurePeriodsTests
{
    [Theory]
    [InlineData("2024/25", (2025 * 12) + 2)]
    [InlineData("1999/00", (2000 * 12) + 2)]
    [InlineData("2024", (2024 * 12) + 11)]
    [InlineData("2024-06", (2024 * 12) + 5)]
    public void EndMonth_Period_LastMonth(string label, int expected) => Assert.Equal(expected, MeasurePeriods.EndMonth(label));

    [Theory]
    [InlineData("2024/26")]
    [InlineData("2024-25")]
    [InlineData("2024-13")]
    [InlineData("24/25")]
    [InlineData("FY2024")]
    [InlineData("")]
    public void EndMonth_NotAPeriod_Null(string label) => Assert.Null(MeasurePeriods.EndMonth(label));

    [Theory]
    [InlineData(0, 36, 24, 2.0 / 3)]
    [InlineData(0, 36, 36, 1)]
    [InlineData(0, 36, 48, 1)]
    [InlineData(12, 36, 0, 0)]
    public void Elapsed_Point_ShareOfTheSpanClamped(int from, int to, int at, double expected) =>
        Assert.Equal(expected, MeasurePeriods.Elapsed(from, to, at), 12);
}
