using System.Text.Json;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets.Model;
using static Priorities.Rules.Tests.Evaluation.PlanFixtures;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class PlanResultSerializerTests
{
    private static PlanResult Sample()
    {
        var document = Document([Priority("prevent", legalBasis: "s.26 CTSA 2015"), Priority("cycle-crime", ["bicycle-theft"]), Priority("hate-crime")],
            [Dimension("harm", 3), Dimension("trend", 2)], top: 1, minScore: 5);
        var hits = new[]
        {
            new RuleHit("rule-prevent", 1, "prevent", true, [], "Prevent duty applies — \"always\" <here>", [new Evidence("duty", null, null, "prevent", "s.26", false)], ["duty"]),
            new RuleHit("rule-cycle-crime", 2, "cycle-crime", false, [new RawScore("trend", 33.3), new RawScore("harm", 1)], "bicycle-theft rose", [Trend("bicycle-theft", "Oxford")], []),
        };
        return Build(document, new EvaluationOutcome(hits, [new RuleMiss("rule-hate-crime", "hate-crime", ["no trend"])]), Assessment(["hate-crime"]));
    }

    [Fact]
    public void ToJson_Result_HasCamelCaseShape()
    {
        using var json = JsonDocument.Parse(PlanResultSerializer.ToJson(Sample()));
        var root = json.RootElement;

        Assert.Equal(["partnership", "period", "previousPeriod", "assessmentSha256", "ruleSet", "statutoryDuties", "priorities", "notSelected", "dropped", "evidenceGaps", "dataQuality", "sources"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "version", "hash"], root.GetProperty("ruleSet").EnumerateObject().Select(p => p.Name));
        var first = root.GetProperty("priorities")[1];
        Assert.Equal("prevent", first.GetProperty("id").GetString());
        Assert.Equal(["rank", "id", "title", "theme", "score", "coverage", "mandatory", "legalBasis", "status", "sinceLastYear", "funding", "measures", "breakdown", "rationale", "rules", "evidence", "sensitiveLines"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["dimension", "raw", "score", "weight", "contribution", "evidence"], root.GetProperty("priorities")[0].GetProperty("breakdown")[0].EnumerateObject().Select(p => p.Name));
        Assert.False(first.GetProperty("breakdown")[0].TryGetProperty("raw", out _));
        var notSelected = root.GetProperty("notSelected")[0];
        Assert.Equal(["id", "title", "theme", "score", "coverage", "shortfall", "breakdown", "whyNot", "rules", "sensitiveLines"], notSelected.EnumerateObject().Select(p => p.Name));
        Assert.Equal("hate-crime", root.GetProperty("dropped")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void ToJson_Twice_ByteIdenticalIndentedWithLineFeeds()
    {
        var first = PlanResultSerializer.ToJson(Sample());
        var second = PlanResultSerializer.ToJson(Sample());

        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"partnership\": {\n    \"name\"", first, StringComparison.Ordinal);
        Assert.EndsWith("}\n", first, StringComparison.Ordinal);
        Assert.Contains("Prevent duty applies — \\\"always\\\" <here>", first, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_ToJson_RoundTrips()
    {
        var json = PlanResultSerializer.ToJson(Sample());

        Assert.Equal(json, PlanResultSerializer.ToJson(PlanResultSerializer.FromJson(json)));
    }

    [Fact]
    public void FromJson_UnknownField_Throws() =>
        Assert.Throws<JsonException>(() => PlanResultSerializer.FromJson(PlanResultSerializer.ToJson(Sample()).Replace("\"partnership\"", "\"partner\"", StringComparison.Ordinal)));
}
