using Priorities.Engine.Diagnostics;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.RuleSets.Loading;

public sealed class CatalogueReaderTests
{
    /// <summary>A rule set whose one priority carries <paramref name="fields"/> (lines indented under the entry), from line 8.</summary>
    private static string WithFields(string fields, string facts = "") => $$"""
        ruleset: test-set
        version: 2026.1
        priorities:
          - id: burglary
            title: Burglary
            theme: Acquisitive
            covers: [burglary]
        {{fields}}
        scoring:
          method: weighted-sum
          dimensions:
            trend: { weight: 2, bands: [ { below: 0, score: 1 }, { else: 5 } ] }
        {{facts}}
        rules:
          - id: rising
            when:
              - fact: trend
                as: t
                where: has(t.changePct) and t.changePct > 10
            then:
              propose: burglary
              score: { trend: t.changePct }
              because: "{t.category} rose"
        """;

    private const string StatusFacts = "facts:\n  measureStatus: { measure: string, status: string, rag: string }";

    private static string Measure(string target = "{ value: 380, by: 2025/26 }", string direction = "down", string baseline = "{ value: 450, period: 2022/23 }") =>
        $"    measures:\n      - {{ id: m1, title: T, unit: offences, direction: {direction}, baseline: {baseline}, target: {target} }}";

    [Theory]
    [InlineData("    funding: [ { fund: F, amount: -5, year: 2024/25 } ]", "-5", "PR2080")]
    [InlineData("    funding: [ { fund: F, amount: '£94,374', year: 2024/25 } ]", "'£94,374'", "PR2080")]
    [InlineData("    funding: [ { fund: F, amount: 1, year: 2024-25 } ]", "2024-25", "PR2081")]
    [InlineData("    funding: [ { fund: F, amount: 1, year: 2024/26 } ]", "2024/26", "PR2081")]
    [InlineData("    funding: [ { fund: F, amount: 1, year: 2024/25, currency: gbp } ]", "gbp", "PR2082")]
    [InlineData("    funding: [ { fund: F, amount: 1, year: 2024/25, currency: POUND } ]", "POUND", "PR2082")]
    [InlineData("    funding: [ { fund: F, amount: 1, year: 2024/25, purpse: x } ]", "purpse", "PR1002")]
    [InlineData("    lead: { agency: Police, rank: Inspector }", "rank", "PR1002")]
    [InlineData("    lead: { role: Inspector }", "{ role", "PR1004")]
    [InlineData("    actionPlan: http://exa mple.org/plan", "http://exa", "PR2092")]
    public void ReadText_BadCatalogueField_ReportsItsPlace(string fields, string at, string code)
    {
        var yaml = WithFields(fields, StatusFacts);

        var (document, bag) = RuleYaml.Read(yaml);

        Assert.Null(document);
        var expected = Place(yaml, at, code);
        Assert.Contains(expected, bag.Sorted().Select(d => d.ToString()[..Math.Min(expected.Length, d.ToString().Length)]));
    }

    [Theory]
    [InlineData("{ value: 380, by: 2025/26 }", "sideways", "{ value: 450, period: 2022/23 }", "sideways", "PR2083")]
    [InlineData("{ value: 380, changePct: -10, by: 2025/26 }", "down", "{ value: 450, period: 2022/23 }", "{ value: 380, changePct", "PR2085")]
    [InlineData("{ by: 2025/26 }", "down", "{ value: 450, period: 2022/23 }", "{ by: 2025/26 }", "PR2085")]
    [InlineData("{ value: 380, by: 2025/26 }", "down", "{ value: 450 }", "{ value: 450 }", "PR2084")]
    [InlineData("{ value: 380, by: 2025/26 }", "down", "{ period: 2022/23 }", "{ period: 2022/23 }", "PR2084")]
    [InlineData("{ value: 380, by: 2025/26 }", "down", "{ value: 450, period: 2022-23 }", "2022-23", "PR2087")]
    [InlineData("{ value: 380, by: 2026/28 }", "down", "{ value: 450, period: 2022/23 }", "2026/28", "PR2087")]
    [InlineData("{ value: 380, by: 2022/23 }", "down", "{ value: 450, period: 2022/23 }", "by: 2022/23", "PR2088")]
    [InlineData("{ value: 500, by: 2025/26 }", "down", "{ value: 450, period: 2022/23 }", "value: 500", "PR2089")]
    [InlineData("{ changePct: -10, by: 2025/26 }", "up", "{ value: 450, period: 2022/23 }", "changePct: -10", "PR2089")]
    [InlineData("{ changePct: -100, by: 2025/26 }", "down", "{ value: 450, period: 2022/23 }", "changePct: -100", "PR2089")]
    [InlineData("{ value: lots, by: 2025/26 }", "down", "{ value: 450, period: 2022/23 }", "lots", "PR2013")]
    public void ReadText_BadMeasure_ReportsItsPlace(string target, string direction, string baseline, string at, string code)
    {
        var yaml = WithFields(Measure(target, direction, baseline), StatusFacts);

        var (document, bag) = RuleYaml.Read(yaml);

        Assert.Null(document);
        var expected = Place(yaml, at, code);
        Assert.Contains(expected, bag.Sorted().Select(d => d.ToString()[..Math.Min(expected.Length, d.ToString().Length)]));
    }

    [Fact]
    public void ReadText_BadMeasureId_ReportsItsPlace()
    {
        var yaml = WithFields(Measure().Replace("id: m1", "id: 'm 1'", StringComparison.Ordinal), StatusFacts);

        var (_, bag) = RuleYaml.Read(yaml);

        Assert.Equal($"{Place(yaml, "'m 1'", "PR2090")}: The measure id 'm 1' may hold only letters, digits, '-' and '.', such as 'asb-incidents'.",
            Assert.Single(bag.Sorted(), d => d.Code == "PR2090").ToString());
    }

    /// <summary><c>rules.yaml:LINE:COL: error CODE</c> for the first place <paramref name="at"/> is written.</summary>
    private static string Place(string yaml, string at, string code)
    {
        var lines = yaml.ReplaceLineEndings("\n").Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(at, StringComparison.Ordinal));
        Assert.True(line >= 0, $"'{at}' is not in the test's YAML");
        return $"rules.yaml:{line + 1}:{lines[line].IndexOf(at, StringComparison.Ordinal) + 1}: error {code}";
    }

    [Fact]
    public void ReadText_ChangeTargetWithoutBaseline_ReportsAtTheChange()
    {
        var fields = "    measures:\n      - id: m1\n        title: T\n        unit: offences\n        direction: down\n        target: { changePct: -10, by: 2025 }";

        var yaml = WithFields(fields, StatusFacts);

        var (document, bag) = RuleYaml.Read(yaml);

        Assert.Null(document);
        var expected = $"{Place(yaml, "changePct", "PR2084")}: The target is a change from the baseline, but the measure has no 'baseline'";
        Assert.Contains(bag.Sorted(), d => d.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadText_AbsoluteTargetWithoutBaseline_ReadsWithNoBaseline()
    {
        var fields = "    measures:\n      - id: m1\n        title: T\n        unit: offences\n        direction: down\n        target: { value: 1, by: 2025 }";

        var (document, bag) = RuleYaml.Read(WithFields(fields, StatusFacts));

        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        var measure = Assert.Single(document!.Priorities.SelectMany(p => p.Fields.Measures));
        Assert.Null(measure.Baseline);
        Assert.Equal(1, measure.Target.Resolved);
    }

    [Fact]
    public void ReadText_MeasureIdTwice_ReportsTheSecondWithTheFirst()
    {
        var fields = Measure() + "\n" + Measure().Split('\n')[1];

        var (_, bag) = RuleYaml.Read(WithFields(fields, StatusFacts));

        var error = Assert.Single(bag.Sorted(), d => d.Code == "PR2086");
        Assert.Equal("rules.yaml:10:15: error PR2086: Duplicate measure id 'm1': it is also a measure of 'burglary' at rules.yaml:9:15; actuals name measures by id, so each id is used once in the rule set.", error.ToString());
    }

    [Fact]
    public void ReadText_MeasuresWithoutStatusType_WarnsAndLoads()
    {
        var (document, bag) = RuleYaml.Read(WithFields(Measure()));

        Assert.NotNull(document);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(bag.Sorted(), d => d.Code == "PR2091").Severity);
    }

    [Fact]
    public void ReadText_StatusTypeWithoutRag_IsAnError()
    {
        var (document, bag) = RuleYaml.Read(WithFields(Measure(), "facts:\n  measureStatus: { measure: string, status: string }"));

        Assert.Null(document);
        Assert.Contains(bag.Sorted(), d => d.ToString().StartsWith("rules.yaml:15:3: error PR2091", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadText_CatalogueFields_CarriedOnTheCatalogueEntry()
    {
        var fields = "    lead: { agency: Example Council, role: Manager }\n    actionPlan: ASB Action Plan 2024-25\n"
            + "    funding: [ { fund: Community Safety Fund, amount: 94374, year: 2017/18, purpose: Domestic abuse } ]\n"
            + Measure("{ changePct: -10, by: 2025 }", "down", "{ value: 450, period: 2022 }");

        var result = RuleSetLoader.LoadText("rules.yaml", WithFields(fields, StatusFacts).ReplaceLineEndings("\n"));

        var entry = Assert.Single(result.RuleSet!.Catalogue);
        Assert.Equal(new PriorityLead("Example Council", "Manager"), entry.Lead);
        Assert.Equal("ASB Action Plan 2024-25", entry.ActionPlan);
        Assert.Equal(new FundingLine("Community Safety Fund", 94374m, "GBP", "2017/18", "Domestic abuse"), Assert.Single(entry.Funding));
        var measure = Assert.Single(entry.Measures);
        Assert.Equal(new MeasureTarget(null, -10, "2025", 405), measure.Target);
        Assert.Equal(new MeasurePoint(450, "2022"), measure.Baseline);
    }
}
