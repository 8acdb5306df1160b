using Priorities.Assessments.Reading;
using Priorities.Engine.Diagnostics;

namespace Priorities.Rules.Tests.Assessments;

public sealed class ActualChecksTests
{
    private const string Head = "partnership: { name: Example }\nperiod: { start: \"2024-04\", end: \"2025-03\" }\nactuals:\n";

    [Theory]
    [InlineData("  - { measure: asb, value: 1, period: 2024-25, source: s }\n", "4:39: error PR3050")]
    [InlineData("  - { measure: asb, value: 1, period: 2024/26, source: s }\n", "4:39: error PR3050")]
    [InlineData("  - { measure: 'a b', value: 1, period: 2024/25, source: s }\n", "4:16: error PR3052")]
    [InlineData("  - { measure: asb, value: 1, period: 2024/25, source: s }\n  - { measure: asb, value: 2, period: 2024/25, source: t }\n", "5:39: error PR3051")]
    [InlineData("  - { measure: asb, value: many, period: 2024/25, source: s }\n", "4:28: error PR3006")]
    [InlineData("  - { measure: asb, value: 1, period: 2024/25, sauce: s }\n", "4:48: error PR3003")]
    [InlineData("  - { measure: asb, value: 1, period: 2024/25 }\n", "4:5: error PR3004")]
    public void ReadText_BadActual_ReportsItsPlace(string actuals, string expected)
    {
        var result = AssessmentReader.ReadText("a.yaml", Head + actuals);

        Assert.Null(result.Assessment);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("a.yaml:" + expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadText_ActualAfterThePeriod_WarnsAndReads()
    {
        var result = AssessmentReader.ReadText("a.yaml", Head + "  - { measure: asb, value: 1, period: 2025/26, source: s }\n");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("PR3053", DiagnosticSeverity.Warning, "a.yaml:4:39"), (warning.Code, warning.Severity, warning.Location.ToString()));
        Assert.NotNull(result.Assessment);
    }

    [Fact]
    public void ReadText_Actuals_ReadWithTheirPeriodsAndSources()
    {
        var result = AssessmentReader.ReadText("a.yaml",
            Head + "  - { measure: asb, value: 412.5, period: 2024/25, source: police }\n  - { measure: asb, value: 30, period: 2025-01, source: council }\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal([("asb", 412.5, "2024/25", "police"), ("asb", 30, "2025-01", "council")],
            result.Assessment!.Actuals.Select(a => (a.Measure, a.Value, a.Period, a.Source)));
    }

    [Fact]
    public void ReadText_SameMeasureOtherPeriods_IsAHistoryNotADuplicate()
    {
        var result = AssessmentReader.ReadText("a.yaml",
            Head + "  - { measure: asb, value: 1, period: 2023/24, source: s }\n  - { measure: asb, value: 2, period: 2024, source: s }\n");

        Assert.Empty(result.Diagnostics);
    }
}
