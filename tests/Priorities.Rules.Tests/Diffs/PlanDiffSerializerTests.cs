using Priorities.Diffs;
using Priorities.Rules.Tests.Schemas;
using Priorities.Schemas;

namespace Priorities.Rules.Tests.Diffs;

public sealed class PlanDiffSerializerTests
{
    private static readonly Lazy<Json.Schema.JsonSchema> Schema = new(() =>
        Json.Schema.JsonSchema.FromText(JsonSchemas.Diff, new Json.Schema.BuildOptions { SchemaRegistry = new Json.Schema.SchemaRegistry() }));

    [Fact]
    public void ToJson_WeightAndSelectionChanged_ValidatesAgainstDiffSchema()
    {
        var sample = DiffFixture.Sample("oxford-city-2024");
        var old = DiffFixture.OxfordWith((DiffFixture.Selection, "  select: { top: 5, minScore: 12 }\n"));
        var changed = DiffFixture.OxfordWith((DiffFixture.HarmWeight, "    harm:\n      weight: 1\n"));

        var json = PlanDiffSerializer.ToJson(RuleSetDiffer.Diff(changed, old, sample));

        Assert.Empty(SchemaFiles.JsonErrors(Schema.Value, json));
        Assert.Contains("\"top\": {", json, StringComparison.Ordinal);
        Assert.Equal(json, PlanDiffSerializer.ToJson(RuleSetDiffer.Diff(changed, old, sample)));
    }

    [Fact]
    public void DiffSchema_EmbeddedText_EqualsShippedFile()
    {
        Assert.Equal(File.ReadAllText(SchemaFiles.Rules("schemas", "diff.schema.json")).ReplaceLineEndings("\n"), JsonSchemas.Diff);
    }

    [Fact]
    public void DiffSchema_UnknownState_Fails()
    {
        var json = PlanDiffSerializer.ToJson(RuleSetDiffer.Diff(DiffFixture.Oxford(), DiffFixture.Oxford(), DiffFixture.Sample("oxford-city-2024")));
        Assert.Contains("\"state\": \"selected\"", json, StringComparison.Ordinal);

        Assert.NotEmpty(SchemaFiles.JsonErrors(Schema.Value, json.Replace("\"state\": \"selected\"", "\"state\": \"chosen\"", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DiffAssessments_SensitiveTrendChanged_NeverQuotesItsRawValue(bool publicView)
    {
        var oxford = DiffFixture.Oxford();
        var sample = DiffFixture.Sample("oxford-city-2024");
        var lastYear = DiffFixture.WithTrend(sample, "bicycle-theft", 372, sensitive: true);
        var thisYear = DiffFixture.WithTrend(sample, "bicycle-theft", 999, sensitive: true);

        var diff = RuleSetDiffer.DiffAssessments(oxford, thisYear, lastYear, publicView);
        var json = PlanDiffSerializer.ToJson(diff);

        var trend = Assert.Single(diff.Priorities.Single(p => p.Id == "cycle-crime").Contributions, c => c.Dimension == "trend");
        Assert.True(trend.Sensitive);
        Assert.Null(trend.Raw);
        Assert.Equal(publicView, diff.Public);
        Assert.Empty(SchemaFiles.JsonErrors(Schema.Value, json));
        Assert.DoesNotContain(": 200", json, StringComparison.Ordinal);
        Assert.DoesNotContain("11.7", json, StringComparison.Ordinal);
    }
}
