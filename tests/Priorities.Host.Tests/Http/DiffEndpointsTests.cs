using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Priorities.Host.Tests.Http;

public sealed class DiffEndpointsTests
{
    private static readonly string Heavier = TinyRules.RootText.Replace("volume: { weight: 1 }", "volume: { weight: 2 }", StringComparison.Ordinal);

    private static StringContent Json(JsonObject body) => TestApi.Body(body.ToJsonString(), "application/json");

    private static string OxfordSample => File.ReadAllText(TestApi.OxfordSample);

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }

    [Fact]
    public async Task Diff_TwoPostedRuleSets_NamesTheWeightAndTheMovers()
    {
        await using var api = await TestApi.StartAsync();
        var body = new JsonObject { ["rules"] = Heavier, ["against"] = TinyRules.RootText, ["assessment"] = OxfordSample };

        using var response = await api.Client.PostAsync("/v1/rulesets/diff", Json(body));
        var diff = await OkJsonAsync(response);

        Assert.Equal("rule-sets", diff.GetProperty("kind").GetString());
        var dimension = Assert.Single(diff.GetProperty("scoring").GetProperty("changed").EnumerateArray());
        Assert.Equal(("volume", 1, 2), (dimension.GetProperty("id").GetString(), dimension.GetProperty("weight").GetProperty("old").GetInt32(),
            dimension.GetProperty("weight").GetProperty("new").GetInt32()));
        Assert.Equal(["anti-social-behaviour", "burglary"], diff.GetProperty("movers").EnumerateArray().Select(m => m.GetString()).Order(StringComparer.Ordinal));
        Assert.False(diff.GetProperty("public").GetBoolean());
    }

    [Fact]
    public async Task Diff_AssessmentAgainstWithoutRules_ComparesTwoYearsUnderTheServedSet()
    {
        await using var api = await TestApi.StartAsync();
        var lastYear = OxfordSample.Replace("count: 406\n    previousCount: 393\n    change: 13\n    changePct: 3.3",
            "count: 300\n    previousCount: 393\n    change: -93\n    changePct: -23.7", StringComparison.Ordinal);
        Assert.NotEqual(OxfordSample, lastYear);
        var body = new JsonObject { ["assessment"] = OxfordSample, ["assessmentAgainst"] = lastYear };

        using var response = await api.Client.PostAsync("/v1/rulesets/diff", Json(body));
        var diff = await OkJsonAsync(response);

        Assert.Equal("assessments", diff.GetProperty("kind").GetString());
        Assert.Equal("tiny", diff.GetProperty("old").GetProperty("ruleSet").GetProperty("id").GetString());
        Assert.Equal(["anti-social-behaviour"], diff.GetProperty("movers").EnumerateArray().Select(m => m.GetString()));
        var asb = diff.GetProperty("priorities").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "anti-social-behaviour");
        var volume = Assert.Single(asb.GetProperty("contributions").EnumerateArray());
        Assert.Equal(["raw"], volume.GetProperty("causes").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory]
    [InlineData("{\"assessment\": {}}")]
    [InlineData("{\"assessment\": {}, \"against\": \"x\", \"assessmentAgainst\": {}}")]
    [InlineData("{\"against\": \"x\"}")]
    [InlineData("{\"assessment\": {}, \"against\": 3}")]
    [InlineData("{\"assessment\": {}, \"against\": \"x\", \"other\": 1}")]
    [InlineData("[1, 2]")]
    [InlineData("{not json")]
    public async Task Diff_NotADiffRequest_Returns400WithPR8120(string body)
    {
        await using var api = await TestApi.StartAsync();

        using var response = await api.Client.PostAsync("/v1/rulesets/diff", TestApi.Body(body, "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Equal("PR8120", Assert.Single(problem.GetProperty("diagnostics").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Diff_AgainstIncludesOutsideTheRulesFolder_Returns400WithoutReadingIt()
    {
        await using var api = await TestApi.StartAsync();
        var body = new JsonObject
        {
            ["against"] = "ruleset: x\nversion: 1\ninclude: [catalogue.yaml, ../../../../etc/passwd]\n", ["assessment"] = OxfordSample,
        };

        using var response = await api.Client.PostAsync("/v1/rulesets/diff", Json(body));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);

        var diagnostic = Assert.Single(problem.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "PR1007");
        Assert.Equal("against.yaml", diagnostic.GetProperty("file").GetString());
        Assert.DoesNotContain(api.RulesFolder, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_BadAssessment_NamesTheAssessmentKey()
    {
        await using var api = await TestApi.StartAsync();
        var body = new JsonObject { ["against"] = TinyRules.RootText, ["assessment"] = "partnership: 3\n" };

        using var response = await api.Client.PostAsync("/v1/rulesets/diff", Json(body));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.All(problem.GetProperty("diagnostics").EnumerateArray(), d => Assert.Equal("assessment", d.GetProperty("file").GetString()));
    }

    [Theory]
    [InlineData(true, "")]
    [InlineData(false, "?public=false")]
    public async Task Diff_PublicRoleOrPublicTrue_ComparesPublicViews(bool publicKey, string query)
    {
        await using var api = await TestApi.StartAsync(rootText: SensitiveCase.RootText, configure: Callers.Secured);
        var wider = SensitiveCase.RootText.Replace("below: 100, score: 2", "below: 5000, score: 2", StringComparison.Ordinal);
        var body = new JsonObject { ["rules"] = wider, ["against"] = SensitiveCase.RootText, ["assessment"] = SensitiveCase.AssessmentYaml() };
        var url = "/v1/rulesets/diff" + (publicKey ? query : "?public=true");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Json(body) }.WithKey(publicKey ? Callers.PublicKey : Callers.FullKey);

        using var response = await api.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var diff = await OkJsonAsync(response);

        Assert.True(diff.GetProperty("public").GetBoolean());
        var burglary = diff.GetProperty("priorities").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "burglary");
        var volume = Assert.Single(burglary.GetProperty("contributions").EnumerateArray());
        Assert.Equal(["bands"], volume.GetProperty("causes").EnumerateArray().Select(c => c.GetString()));
        Assert.False(volume.TryGetProperty("raw", out _));
        Assert.DoesNotContain(SensitiveCase.SensitiveNumber, text, StringComparison.Ordinal);
    }
}
