using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets;
using Priorities.RuleSets.Loading;

namespace Priorities.Rules.Tests.RuleSets.Loading;

/// <summary>A rule file with structural and expression errors reports all of them in one pass, each once.</summary>
public sealed class OnePassDiagnosticsTests
{
    private const string Broken = """
        ruleset: broken-set
        version: 2026.1
        priorities:
          - id: burglary
            title: Burglary
        scoring:
          method: weighted-sum
          dimensions:
            trend: { weight: heavy, bands: [ { from: 0, to: 5, score: 1 }, { from: 10, score: 3 } ] }
        rules:
          - id: rising
            salence: 2
            when:
              - fact: trend
                as: t
                where: has(t.changePct) and t.changePc > 10
            then:
              propose: burglary
              score: { trend: t.changePct }
              because: "{t.category} rose by {t.changePct +}"
          - id: rising
            when:
              - fact: trend
            then:
              score: { trnd: 1 }
          - id: named
            when:
              - fact: trend
                as: t
            then:
              propose: burglary
              score: { trend: t.category, harm: 1 }
              because: "{t.category} is recorded"
          - id: volumes
            when:
              - fact: volum
            then:
              propose: burglary
              because: "Volumes are recorded"
        """;

    [Fact]
    public void LoadText_StructuralAndExpressionErrors_ReportsEveryProblemAtOnce()
    {
        var result = RuleSetLoader.LoadText("broken.yaml", Text(Broken));

        Assert.False(result.Succeeded);
        Assert.Null(result.RuleSet);
        Assert.Equal(
            [
                "broken.yaml:9:22: error PR2013: 'weight' must be a number, not 'heavy'.",
                "broken.yaml:9:68: error PR2014: Gap between bands: raw values from 5 to 10 fall in no band.",
                "broken.yaml:12:5: error PR1002: Unknown key 'salence'. Did you mean 'salience'?",
                "broken.yaml:16:39: error EXP003: 't' (a trend fact) has no field 'changePc' (did you mean 'changePct'?); its fields are: category, categoryName, area, count, previous, change, changePct, ratePer1000, smallNumbers, recordingChange, source, sensitive, period, previousPeriod, months, annualCount, comparison, yearOnYear, geography",
                "broken.yaml:20:52: error EXP001: expected an expression, but found the end of the expression",
                "broken.yaml:21:5: error PR2004: Duplicate rule id 'rising': it is also declared at broken.yaml:11:5.",
                "broken.yaml:25:7: error PR2025: 'score' needs a priority: add 'propose' naming a catalogue id or a priority binding.",
                "broken.yaml:32:23: error EXP004: The score for 'trend' must be a number, but this expression is string.",
                "broken.yaml:32:35: error PR2023: Rule 'named' scores 'harm', which is not a dimension of the scoring model.",
                "broken.yaml:36:15: error ENG002: Unknown fact type 'volum'. Did you mean 'volume'?",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void LoadText_ReaderAndCompilerBothCheckAProblem_ReportsItOnce()
    {
        var text = Text(Broken)
            .Replace("propose: burglary\n      because: \"Volumes", "propose: burglry\n      because: \"Volumes", StringComparison.Ordinal)
            .Replace("{t.category} is recorded", "{t.category is recorded", StringComparison.Ordinal);

        var lines = RuleSetLoader.LoadText("broken.yaml", text).Diagnostics.Select(d => d.ToString()).ToList();

        Assert.Equal(lines.Distinct(StringComparer.Ordinal), lines);
        Assert.Single(lines, l => l.Contains("PR2024", StringComparison.Ordinal));
        Assert.Contains("broken.yaml:38:16: error PR2024: Rule 'volumes' proposes 'burglry', which is neither a catalogue priority nor a binding of a 'priority' pattern. Did you mean 'burglary'?", lines);
        Assert.Contains("broken.yaml:33:17: error PR2503: This '{' is never closed; end the placeholder with '}' or write '{{' for a literal brace.", lines);
    }

    [Fact]
    public void LoadText_DeriveOfUndeclaredTypeOrField_ReaderReportsItAndItsExpressionsAreStillChecked()
    {
        var text = Text(RuleYaml.Valid) + """
            facts:
              hotspot: { area: string }
            """.ReplaceLineEndings("\n") + "\n";
        text = text.Replace("because: \"{t.category} rose\"", "because: \"{t.category} rose\"\n      derive: [ { fact: hotspt, values: { area: t.area } }, { fact: hotspot, values: { aera: t.area, area: t.aera } } ]", StringComparison.Ordinal)
            .Replace("method: weighted-sum", "method: weighted-sun", StringComparison.Ordinal);

        var codes = RuleSetLoader.LoadText("rules.yaml", text).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code);

        Assert.Equal(["PR2011", "PR2027", "PR2028", "EXP003"], codes);
    }

    [Fact]
    public void ReadTextDraft_RuleWithBrokenPattern_IsLeftOutOfTheDraft()
    {
        var text = Text(RuleYaml.Valid).Replace("as: t", "as: t\n        of: x", StringComparison.Ordinal);
        var bag = new DiagnosticBag();

        var read = RuleSetReader.ReadTextDraft("rules.yaml", text, bag);

        Assert.True(read.HasErrors);
        Assert.Null(read.Valid);
        Assert.NotNull(read.Document);
        Assert.Empty(read.Document.Rules);
        Assert.Equal(["burglary"], read.Document.Priorities.Select(p => p.Id));
    }

    private static string Text(string yaml) => yaml.ReplaceLineEndings("\n") + "\n";
}
