using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.Rules.Tests.Assessments;

public sealed class AssessmentReaderTests
{
    public static TheoryData<string> SampleFiles => [.. Directory.GetFiles(Path.Combine(Repository.Root, "samples"), "*.yaml").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Read_ShippedSample_HasNoDiagnosticsAndMatchesTheSerializer(string path)
    {
        var result = AssessmentReader.Read(path);

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
        Assert.Equal(AssessmentSerializer.ToJson(AssessmentSerializer.FromYaml(File.ReadAllText(path))), AssessmentSerializer.ToJson(result.Assessment!));
    }

    [Fact]
    public void ReadText_Json_ReadsTheSameAssessmentAsYaml()
    {
        var sample = AssessmentSerializerTests.Sample();

        var fromJson = AssessmentReader.ReadText("a.json", AssessmentSerializer.ToJson(sample));
        var fromYaml = AssessmentReader.ReadText("a.yaml", AssessmentSerializer.ToYaml(sample));

        Assert.DoesNotContain(fromJson.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.DoesNotContain(fromYaml.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(AssessmentSerializer.ToJson(sample), AssessmentSerializer.ToJson(fromJson.Assessment!));
        Assert.Equal(AssessmentSerializer.ToJson(sample), AssessmentSerializer.ToJson(fromYaml.Assessment!));
    }

    [Fact]
    public void ReadText_BrokenYaml_ReportsEveryProblemWithItsPlace()
    {
        const string yaml = """
            partnership:
              nmae: Oxford
            period: { start: "2024-07", end: 2024-09 }
            trends:
              - category: burglary
                area: Oxford
                count: 12x
                previousCount: "ten"
                change: [1]
                smallNumbers: maybe
                source: police
            duties: prevent
            """;

        var result = AssessmentReader.ReadText("a.yaml", yaml);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "a.yaml:2:3: error PR3003: Unknown key 'nmae'. Did you mean 'name'?",
                "a.yaml:2:3: error PR3004: Missing required key 'name' in 'partnership'.",
                "a.yaml:7:12: error PR3006: 'trends[0].count' must be a whole number, not '12x'.",
                "a.yaml:8:20: error PR3006: 'trends[0].previousCount' must be a whole number, not the text \"ten\".",
                "a.yaml:9:13: error PR3005: 'trends[0].change' must be a whole number, not a list.",
                "a.yaml:10:19: error PR3005: 'trends[0].smallNumbers' must be true or false, not 'maybe'.",
                "a.yaml:12:9: error PR3005: 'duties' must be a list, not a single value.",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void ReadText_BrokenJson_ReportsPositionsOfKeysAndValues()
    {
        const string json = """
            {
              "partnership": { "name": "Oxford" },
              "period": { "start": "2024-07", "end": 202409 },
              "volumes": [ { "category": "burglary", "area": "Oxford", "count": 1.5, "period": "x", "source": "ONS", "sensitive": "no" } ],
              "extra": 1
            }
            """;

        var result = AssessmentReader.ReadText("a.json", json);

        Assert.Equal(
            [
                "a.json:3:42: error PR3005: 'period.end' must be text, not '202409'.",
                "a.json:4:69: error PR3006: 'volumes[0].count' must be a whole number, not '1.5'.",
                "a.json:4:119: error PR3005: 'volumes[0].sensitive' must be true or false, not the text \"no\".",
                "a.json:5:3: error PR3003: Unknown key 'extra'. Allowed keys: partnership, period, previousPeriod, trends, volumes, comparisons, harm, concern, vulnerability, duties, pccPriorities, previousPlan, actuals, history, dataQuality, sources.",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("", "PR3001", 1, 1)]
    [InlineData("  \n# only a comment\n", "PR3001", 1, 1)]
    [InlineData("partnership: [\n", "PR3002", 2, 1)]
    [InlineData("{ \"partnership\": }", "PR3002", 1, 18)]
    [InlineData("{ \"a\": 1, \"a\": 2 }", "PR3011", 1, 11)]
    [InlineData("- just\n- a list\n", "PR3005", 1, 1)]
    public void ReadText_Unreadable_ReportsTheProblem(string text, string code, int line, int column)
    {
        var result = AssessmentReader.ReadText("a", text);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Location == new SourceLocation("a", line, column));
    }

    [Fact]
    public void ReadText_DoubtfulValues_WarnButStillRead()
    {
        const string yaml = """
            partnership: { name: Oxford }
            period: { start: "2024-07", end: "2024-09" }
            trends:
              - { category: burglery, area: Oxford, count: 1, previousCount: 1, change: 0, source: s }
              - { category: burglery, area: Oxford, count: 2, previousCount: 1, change: 1, source: s }
            duties:
              - id: prevnet
            """;

        var result = AssessmentReader.ReadText("a.yaml", yaml);

        Assert.True(result.Succeeded);
        Assert.Equal(
            [
                "a.yaml:4:17: warning PR3007: Unknown category 'burglery' in 'trends'. Did you mean 'burglary'?",
                "a.yaml:5:5: warning PR3009: A second trend for 'burglery' in 'Oxford' (the first is at a.yaml:4:5); rules will see both.",
                "a.yaml:5:17: warning PR3007: Unknown category 'burglery' in 'trends'. Did you mean 'burglary'?",
                "a.yaml:7:9: warning PR3008: Unknown duty 'prevnet'. Did you mean 'prevent'? Known duties: "
                + string.Join(", ", StatutoryDuties.Ids) + ".",
            ],
            result.Diagnostics.Where(d => d.Code != RulesCodes.AssessmentDutyLeftOut).Select(d => d.ToString()));
        Assert.Equal(8, result.Diagnostics.Count(d => d.Code == RulesCodes.AssessmentDutyLeftOut));
    }

    [Fact]
    public void ReadText_UnknownGeographyAndComparison_WarnPR3040AndStillRead()
    {
        const string yaml = """
            partnership: { name: Oxford }
            period: { start: "2024-07", end: "2024-09" }
            trends:
              - { category: burglary, area: Oxford, count: 1, previousCount: 1, change: 0, source: s, geography: locl, comparison: quarterly }
            concern:
              - { category: burglary, share: 0.3, source: CSEW, geography: national }
            """;

        var result = AssessmentReader.ReadText("a.yaml", yaml);

        Assert.True(result.Succeeded);
        Assert.Equal(
            [
                "a.yaml:4:102: warning PR3040: Unknown geography in 'trends' 'locl'; expected local, force, national. Did you mean 'local'?",
                "a.yaml:4:120: warning PR3040: Unknown comparison in 'trends' 'quarterly'; expected year-on-year, consecutive, other.",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void ReadNode_InlineMapping_ReportsProblemsAtTheirPlaceInTheOuterFile()
    {
        const string yaml = "tests:\n  - assessment:\n      partnership: { name: X }\n      period: { start: '2024-01', end: '2024-02' }\n      trends: 3\n";
        var bag = new DiagnosticBag();
        var source = YamlSource.Parse("t.yaml", yaml, bag);
        var tests = (YamlSequenceNode)((YamlMappingNode)source.Root!).Children[new YamlScalarNode("tests")];
        var test = (YamlMappingNode)tests.Children[0];

        var assessment = AssessmentReader.ReadNode(source, test.Children[new YamlScalarNode("assessment")], bag);

        Assert.Null(assessment);
        Assert.Equal("t.yaml:5:15: error PR3005: 'trends' must be a list, not a single value.", Assert.Single(bag.Items).ToString());
    }

    [Fact]
    public void Read_MissingFile_IsAnErrorAtItsStart()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-assessment-" + Guid.NewGuid().ToString("N") + ".yaml");

        var result = AssessmentReader.Read(path);

        Assert.Equal($"{path}:1:1: error PR3012: The assessment file does not exist.", Assert.Single(result.Diagnostics).ToString());
    }
}
