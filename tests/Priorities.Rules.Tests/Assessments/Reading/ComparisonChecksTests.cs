using Priorities.Assessments.Reading;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;

namespace Priorities.Rules.Tests.Assessments.Reading;

/// <summary>Comparisons whose figures cannot be true are errors at the value; a repeated one is a warning.</summary>
public sealed class ComparisonChecksTests
{
    private const string Head = "partnership: { name: Oxford, areas: [Oxford] }\nperiod: { start: \"2024-07\", end: \"2025-06\" }\n";

    private static string Comparison(string fields) => Head + $"comparisons:\n  - {{ category: burglary, {fields}, source: s }}\n";

    private static Diagnostic SingleError(string yaml)
    {
        var result = AssessmentReader.ReadText("a.yaml", yaml);
        Assert.Null(result.Assessment);
        return Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void ReadText_WholeComparison_ReadsEveryField()
    {
        var yaml = Comparison("area: Oxford, rate: 3.85, nationalRate: 2.75, ratio: 1.4, percentile: 93.5, partnerships: 287, neighbourRank: 2, neighbourCount: 10, period: \"2024-07..2025-06\"");

        var result = AssessmentReader.ReadText("a.yaml", yaml);

        var c = Assert.Single(result.Assessment!.Comparisons);
        Assert.Equal((3.85, 2.75, 1.4, 93.5, 287, 2, 10), (c.Rate, c.NationalRate, c.Ratio, c.Percentile, c.Partnerships, c.NeighbourRank, c.NeighbourCount));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void ReadText_OnlyCategoryAndSource_EveryMeasureUnknown()
    {
        var c = Assert.Single(AssessmentReader.ReadText("a.yaml", Head + "comparisons: [ { category: burglary, source: s } ]\n").Assessment!.Comparisons);

        Assert.Equal((null, null, null, null, null), (c.Rate, c.Ratio, c.Percentile, c.NeighbourRank, c.NeighbourCount));
    }

    [Theory]
    [InlineData("rate: -1", RulesCodes.ComparisonNegativeRate, "a.yaml:4:33: error PR3070: 'comparisons[0].rate' is -1, but a rate cannot be negative.")]
    [InlineData("rate: 1, nationalRate: 0", RulesCodes.ComparisonNegativeRate, "a.yaml:4:50: error PR3070: 'comparisons[0].nationalRate' is 0, but the England and Wales rate is above 0.")]
    [InlineData("rate: 3, nationalRate: 2, ratio: 2", RulesCodes.ComparisonRatioMismatch, "a.yaml:4:60: error PR3071: 'comparisons[0].ratio' is 2, but rate / nationalRate is 3 / 2 = 1.5.")]
    [InlineData("percentile: 101", RulesCodes.ComparisonPercentileRange, "a.yaml:4:39: error PR3072: 'comparisons[0].percentile' is 101, but a percentile is between 0 and 100.")]
    [InlineData("neighbourRank: 12, neighbourCount: 10", RulesCodes.ComparisonNeighbourRank, "a.yaml:4:42: error PR3073: 'comparisons[0].neighbourRank' is 12, but ranked with 10 nearest areas it is from 1 (the highest rate) to 11.")]
    [InlineData("neighbourRank: 2", RulesCodes.ComparisonNeighbourRank, "a.yaml:4:42: error PR3073: 'comparisons[0].neighbourRank' needs 'neighbourCount', the number of nearest areas it is ranked among.")]
    [InlineData("neighbourCount: -1", RulesCodes.ComparisonNeighbourRank, "a.yaml:4:43: error PR3073: 'comparisons[0].neighbourCount' is -1, but a count cannot be negative.")]
    public void ReadText_ImpossibleFigures_ErrorAtTheValue(string fields, string code, string expected)
    {
        var error = SingleError(Comparison(fields));

        Assert.Equal((code, expected), (error.Code, error.ToString()));
    }

    [Theory]
    [InlineData(3.0, 2.0, 1.5)]
    [InlineData(6.1, 4.357, 1.4)]
    [InlineData(1.0, 3.0, 0.33)]
    public void ReadText_RatioRoundedToOneDecimal_Reads(double rate, double national, double ratio)
    {
        var yaml = Comparison(FormattableString.Invariant($"rate: {rate}, nationalRate: {national}, ratio: {ratio}"));

        Assert.True(AssessmentReader.ReadText("a.yaml", yaml).Succeeded);
    }

    [Fact]
    public void ReadText_SecondComparisonOfACategoryAndArea_WarningAtTheSecond()
    {
        var yaml = Head + "comparisons:\n  - { category: burglary, area: Oxford, source: s }\n  - { category: burglary, area: Oxford, source: t }\n";

        var result = AssessmentReader.ReadText("a.yaml", yaml);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((RulesCodes.ComparisonDuplicate, 5, DiagnosticSeverity.Warning), (warning.Code, warning.Line, warning.Severity));
        Assert.NotNull(result.Assessment);
    }

    [Fact]
    public void ReadText_UnknownCategory_WarnsLikeOtherFacts()
    {
        var result = AssessmentReader.ReadText("a.yaml", Head + "comparisons: [ { category: burglery, source: s } ]\n");

        Assert.Single(result.Diagnostics, d => d.Code == RulesCodes.AssessmentUnknownCategory);
    }
}
