using Priorities.Assessments.Reading;

namespace Priorities.Rules.Tests.Assessments;

/// <summary>An optional number given as null or left out is unknown, distinct from 0, in YAML and in JSON.</summary>
public sealed class AssessmentReaderUnknownTests
{
    private const string Yaml = """
        partnership: { name: Oxford, areas: [Oxford] }
        period: { start: 2024-01, end: 2024-12 }
        trends:
          - { category: burglary, area: Oxford, count: 10, previousCount: 0, change: 10, changePct: ~, source: t }
          - { category: robbery, area: Oxford, count: 10, previousCount: 0, change: 10, changePct: null, ratePer1000: ~, source: t }
          - { category: shoplifting, area: Oxford, count: 10, previousCount: 0, change: 10, source: t }
          - { category: drugs, area: Oxford, count: 10, previousCount: 10, change: 0, changePct: 0, ratePer1000: 0, source: t }
        concern:
          - { category: burglary, level: ~, share: ~, source: t }
          - { category: robbery, level: 0, share: 0, source: t }
        dataQuality:
          - { kind: note, count: ~, message: m }
        """;

    [Fact]
    public void ReadText_YamlNullTildeOrAbsent_IsUnknownAndZeroStaysZero()
    {
        var result = AssessmentReader.ReadText("a.yaml", Yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var a = result.Assessment!;
        Assert.Equal([null, null, null, 0.0], a.Trends.Select(t => t.ChangePct));
        Assert.Equal([null, null, null, 0.0], a.Trends.Select(t => t.RatePer1000));
        Assert.Equal([null, 0], a.Concern.Select(c => c.Level));
        Assert.Equal([null, 0.0], a.Concern.Select(c => c.Share));
        Assert.Null(Assert.Single(a.DataQuality).Count);
    }

    [Fact]
    public void ReadText_JsonNull_IsUnknown()
    {
        const string json = """
            { "partnership": { "name": "Oxford" }, "period": { "start": "2024-01", "end": "2024-12" },
              "trends": [ { "category": "burglary", "area": "Oxford", "count": 1, "previousCount": 0, "change": 1,
                            "changePct": null, "ratePer1000": null, "source": "t" } ],
              "concern": [ { "category": "burglary", "level": null, "share": null, "source": "t" } ] }
            """;

        var result = AssessmentReader.ReadText("a.json", json);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var trend = Assert.Single(result.Assessment!.Trends);
        Assert.Equal((null, null), (trend.ChangePct, trend.RatePer1000));
        var concern = Assert.Single(result.Assessment.Concern);
        Assert.Equal((null, null), (concern.Level, concern.Share));
    }

    [Fact]
    public void ReadText_RequiredNumberNull_IsStillAnError()
    {
        var text = Yaml.Replace("count: 10, previousCount: 0, change: 10, changePct: ~", "count: ~, previousCount: 0, change: 10, changePct: ~", StringComparison.Ordinal);

        var result = AssessmentReader.ReadText("a.yaml", text);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'trends[0].count' is required", StringComparison.Ordinal));
    }
}
