using Priorities.Assessments.Reading;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;

namespace Priorities.Rules.Tests.Assessments.Reading;

/// <summary>Impossible months and periods are errors at their place.</summary>
public sealed class PeriodChecksTests
{
    private static string[] Errors(string periods, string rest = "")
    {
        var result = AssessmentReader.ReadText("a.yaml", "partnership: { name: Oxford }\n" + periods + rest);
        Assert.Equal(result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), !result.Succeeded);
        return result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
    }

    [Fact]
    public void ReadText_ImpossibleMonthAndReversedPeriod_ErrorsAtTheirPlaces()
    {
        var errors = Errors("period: { start: \"2024-13\", end: \"2023-09\" }\n");

        Assert.Equal(["a.yaml:2:18: error PR3023: 'period.start' is '2024-13', which is not a month: write YYYY-MM with a month from 01 to 12."], errors);
    }

    [Fact]
    public void ReadText_PeriodEndingBeforeItStarts_Error()
    {
        var errors = Errors("period: { start: \"2024-09\", end: \"2024-07\" }\n");

        Assert.Equal(["a.yaml:2:9: error PR3024: 'period' ends (2024-07) before it starts (2024-09)."], errors);
    }

    [Theory]
    [InlineData("2024-07", "2024-09")]
    [InlineData("2024-01", "2024-07")]
    [InlineData("2024-10", "2024-12")]
    public void ReadText_PreviousPeriodNotBefore_Error(string start, string end)
    {
        var errors = Errors("period: { start: \"2024-07\", end: \"2024-09\" }\n", $"previousPeriod: {{ start: \"{start}\", end: \"{end}\" }}\n");

        Assert.Equal(RulesCodes.AssessmentPreviousPeriodNotBefore, Assert.Single(errors).Split(' ')[2].TrimEnd(':'));
    }

    [Theory]
    [InlineData("trends:\n  - { category: burglary, area: Oxford, count: 1, previousCount: 1, change: 0, source: s, series: [{ period: \"2024-00\", count: 1 }] }\n")]
    [InlineData("volumes:\n  - { category: burglary, area: Oxford, count: 5, period: \"2024-07..2025-13\", source: s }\n")]
    [InlineData("dataQuality:\n  - { kind: recording-change, from: \"2024-99\", message: m }\n")]
    public void ReadText_ImpossibleMonthInAFact_Error(string list)
    {
        var errors = Errors("period: { start: \"2024-07\", end: \"2024-09\" }\n", list);

        Assert.Contains(RulesCodes.AssessmentBadMonth, Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_YearOnYearPeriods_Read() =>
        Assert.Empty(Errors("period: { start: \"2024-07\", end: \"2024-09\" }\n", "previousPeriod: { start: \"2023-07\", end: \"2023-09\" }\n"));
}
