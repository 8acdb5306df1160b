using Priorities.Assessments.Reading;
using Priorities.Diagnostics;

namespace Priorities.Rules.Tests.Assessments.Reading;

/// <summary>Values that read but cannot be true are errors at their place, and nothing is read from them.</summary>
public sealed class ValueChecksTests
{
    private const string Head = "partnership: { name: Oxford, areas: [Oxford] }\nperiod: { start: \"2024-07\", end: \"2024-09\" }\n";

    private static string Trend(string fields) =>
        Head + $"trends:\n  - {{ category: burglary, area: Oxford, {fields}, source: s }}\n";

    private static (string Code, string Text) Single(string yaml)
    {
        var result = AssessmentReader.ReadText("a.yaml", yaml);
        Assert.False(result.Succeeded);
        Assert.Null(result.Assessment);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Engine.Diagnostics.DiagnosticSeverity.Error);
        return (error.Code, error.ToString());
    }

    [Fact]
    public void ReadText_ChangePctContradictsCounts_ErrorAtTheValue()
    {
        var (code, text) = Single(Trend("count: 10, previousCount: 20, change: -10, changePct: 300"));

        Assert.Equal(RulesCodes.AssessmentChangePctMismatch, code);
        Assert.StartsWith("a.yaml:4:95: error PR3029: 'trends[0].changePct' is 300, but 20 to 10 is a change of -50.0%", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(406, 393, 3.3)]
    [InlineData(393, 406, -3.2)]
    [InlineData(3, 2, 50)]
    [InlineData(2, 3, -33.3)]
    public void ReadText_ChangePctRoundedToOneDecimal_Reads(int count, int previous, double pct)
    {
        var yaml = Trend(FormattableString.Invariant($"count: {count}, previousCount: {previous}, change: {count - previous}, changePct: {pct}"));

        Assert.True(AssessmentReader.ReadText("a.yaml", yaml).Succeeded);
    }

    [Fact]
    public void ReadText_ChangePctWithNoPreviousCount_Error() =>
        Assert.Equal(RulesCodes.AssessmentChangePctMismatch, Single(Trend("count: 10, previousCount: 0, change: 10, changePct: 100")).Code);

    [Fact]
    public void ReadText_ChangeIsNotCountMinusPrevious_Error()
    {
        var (code, text) = Single(Trend("count: 10, previousCount: 20, change: 10"));

        Assert.Equal(RulesCodes.AssessmentChangeMismatch, code);
        Assert.EndsWith("'trends[0].change' is 10, but count - previousCount is 10 - 20 = -10.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("trends:\n  - { category: burglary, area: Oxford, count: -1, previousCount: 2, change: -3, source: s }\n")]
    [InlineData("trends:\n  - { category: burglary, area: Oxford, count: 1, previousCount: -2, change: 3, source: s }\n")]
    [InlineData("volumes:\n  - { category: burglary, area: Oxford, count: -5, period: \"2024-07..2025-06\", source: s }\n")]
    [InlineData("dataQuality:\n  - { kind: small-numbers, count: -1, message: m }\n")]
    public void ReadText_NegativeCount_Error(string list) =>
        Assert.Equal(RulesCodes.AssessmentNegativeCount, Single(Head + list).Code);

    [Theory]
    [InlineData("-0.1")]
    [InlineData("1.5")]
    [InlineData("35")]
    public void ReadText_ShareOutsideZeroToOne_Error(string share) =>
        Assert.Equal(RulesCodes.AssessmentShareOutOfRange, Single(Head + $"concern:\n  - {{ category: burglary, share: {share}, source: s }}\n").Code);

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("0.352")]
    public void ReadText_ShareWithinZeroToOne_Reads(string share) =>
        Assert.True(AssessmentReader.ReadText("a.yaml", Head + $"concern:\n  - {{ category: burglary, share: {share}, source: s }}\n").Succeeded);
}
