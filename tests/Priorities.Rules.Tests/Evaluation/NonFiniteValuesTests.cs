using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.Evaluation;

/// <summary>A rule computing NaN or infinity stops the evaluation with PR5003 at its expression, never a plan.</summary>
public sealed class NonFiniteValuesTests
{
    private static string Rules(string score, string because) => $$"""
        ruleset: nf
        version: 1
        priorities:
          - { id: burglary, title: Burglary, theme: Acquisitive, covers: [burglary] }
        scoring:
          method: weighted-sum
          dimensions:
            trend: { weight: 1 }
          select: { top: 3 }
        rules:
          - id: rising
            when:
              - fact: trend
                as: t
                where: t.category == 'burglary' and has(t.changePct)
            then:
              propose: burglary
              score: { trend: {{score}} }
              because: "{{because}}"
        """;

    private static readonly Assessment Sample = new()
    {
        Partnership = new Partnership { Name = "Town CSP" },
        Period = new AssessmentPeriod { Start = "2024-01", End = "2024-12" },
        Trends = [new TrendFact { Category = "burglary", Area = "Town", Count = 125, PreviousCount = 100, Change = 25, ChangePct = 25, Source = "test" }],
    };

    [Theory]
    [InlineData("t.changePct / 0", "rose", 18, "infinity")]
    [InlineData("(t.changePct - t.changePct) / 0", "rose", 18, "not a number")]
    [InlineData("t.changePct", "rose {0 - t.changePct / 0}%", 19, "minus infinity")]
    public void Evaluate_NonFiniteNumber_ThrowsPR5003AtTheExpression(string score, string because, int line, string shown)
    {
        var loaded = RuleSetLoader.LoadText("nf.yaml", Rules(score, because));
        Assert.Empty(loaded.Diagnostics);

        var error = Assert.Throws<RuleSetEvaluationException>(() => loaded.RuleSet!.Evaluate(Sample));

        Assert.Equal(("PR5003", "nf.yaml", line), (error.Diagnostic!.Code, error.Diagnostic.File, error.Diagnostic.Line));
        Assert.Contains($"rule 'rising' computed", error.Message, StringComparison.Ordinal);
        Assert.Contains(shown, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("t.count + 9223372036854775807", "t.category == 'burglary'", "rule 'rising' computed a whole number too large", 11, 5)]
    [InlineData("t.changePct", "t.count * 9223372036854775807 > 0",
        "rule 'rising' computed a whole number too large for 64 bits (an integer overflow) in its condition "
        + "'t.count * 9223372036854775807 > 0'", 15, 16)]
    [InlineData("t.changePct", "t.category == 'burglary' and 1000 > t.count * 9223372036854775807",
        "in its condition '1000 > t.count * 9223372036854775807'", 15, 45)]
    public void Evaluate_IntegerOverflow_ThrowsPR5003NotAWrappedNumber(string score, string where, string message, int line, int column)
    {
        var loaded = RuleSetLoader.LoadText("ov.yaml", Rules(score, "rose").Replace("t.category == 'burglary'", where, StringComparison.Ordinal));
        Assert.Empty(loaded.Diagnostics);

        var error = Assert.Throws<RuleSetEvaluationException>(() => loaded.RuleSet!.Evaluate(Sample));

        Assert.Equal(("PR5003", "ov.yaml"), (error.Diagnostic!.Code, error.Diagnostic.File));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Diagnostic.Line, error.Diagnostic.Column));
    }
}
