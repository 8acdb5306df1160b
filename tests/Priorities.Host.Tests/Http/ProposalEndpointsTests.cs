using System.Net;
using System.Text.Json;
using Priorities.Assessments;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Host.Tests.Http;

public sealed class ProposalEndpointsTests
{
    private static readonly Assessment Sample = AssessmentSerializer.FromYaml(File.ReadAllText(TestApi.OxfordSample));

    [Fact]
    public async Task Propose_SampleAsJson_ReturnsTheLibrarysPlanJson()
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync("/v1/proposals", TestApi.Body(AssessmentSerializer.ToJson(Sample), "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = PlanResultSerializer.ToJson(RuleSetLoader.Load(api.Rules).RuleSet!.Evaluate(Sample));
        Assert.Equal(expected, text);
    }

    [Fact]
    public async Task Propose_SampleAsYaml_ReturnsTheSameAsJson()
    {
        await using var api = await TestApi.StartAsync();
        using var json = await api.Client.PostAsync("/v1/proposals", TestApi.Body(AssessmentSerializer.ToJson(Sample), "application/json"));
        using var yaml = await api.Client.PostAsync("/v1/proposals", TestApi.Body(File.ReadAllText(TestApi.OxfordSample), "application/yaml"));
        Assert.Equal(HttpStatusCode.OK, yaml.StatusCode);
        Assert.Equal(await json.Content.ReadAsStringAsync(), await yaml.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Propose_MalformedJson_Returns400WithPositionedDiagnostic()
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync("/v1/proposals", TestApi.Body("{\n  \"partnership\": {\"name\": \"X\"},\n  \"period\": [", "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var diagnostic = problem.GetProperty("diagnostics")[0];
        Assert.Equal(3, diagnostic.GetProperty("line").GetInt32());
        Assert.True(diagnostic.GetProperty("column").GetInt32() > 1);
        Assert.False(string.IsNullOrEmpty(diagnostic.GetProperty("code").GetString()));
        Assert.Contains(":3:", diagnostic.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("partnership: {name: X}\nperiod: [\n  start: 2024")]
    [InlineData("partnership:\n  - id: [\n    title: x\n")]
    [InlineData("- just\n- a list\n")]
    public async Task Propose_BrokenYaml_Returns400Problem(string yaml)
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync("/v1/proposals", TestApi.Body(yaml, "application/yaml"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("diagnostics")[0].GetProperty("line").GetInt32() >= 1);
    }

    [Fact]
    public async Task Propose_UnknownField_Returns400NamingIt()
    {
        await using var api = await TestApi.StartAsync();
        var json = AssessmentSerializer.ToJson(Sample).Replace("\"partnership\"", "\"partnershp\"", StringComparison.Ordinal);
        using var response = await api.Client.PostAsync("/v1/proposals", TestApi.Body(json, "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("message").GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains("'partnershp'", StringComparison.Ordinal) && m.Contains("Did you mean 'partnership'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=latin1")]
    public async Task Propose_WrongContentType_Returns415Problem(string mediaType)
    {
        await using var api = await TestApi.StartAsync();
        using var content = new StringContent(AssessmentSerializer.ToJson(Sample));
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mediaType);
        using var response = await api.Client.PostAsync("/v1/proposals", content);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Propose_BodyOverTheLimit_Returns413Problem()
    {
        await using var api = await TestApi.StartAsync(maxRequestBytes: 1024);
        using var response = await api.Client.PostAsync("/v1/proposals", TestApi.Body(AssessmentSerializer.ToJson(Sample), "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1,024", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_ChunkedBodyOverTheLimit_Returns413Problem()
    {
        await using var api = await TestApi.StartAsync(maxRequestBytes: 1024);
        using var content = new StreamContent(new MemoryStream(new byte[5000]));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/proposals") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await api.Client.SendAsync(request);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Propose_NotUtf8_Returns400Problem()
    {
        await using var api = await TestApi.StartAsync();
        using var content = new ByteArrayContent([0x7B, 0xFF, 0xFE, 0x7D]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await api.Client.PostAsync("/v1/proposals", content);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(JsonValueKind.Array, problem.GetProperty("diagnostics").ValueKind);
    }

    [Theory]
    [InlineData("score: { volume: t.count / 0 }")]
    [InlineData("score: { volume: (t.count - t.count) / 0 }")]
    public async Task Propose_RuleDividingByZero_Returns422ProblemAtTheExpression(string score)
    {
        var root = TinyRules.RootText.Replace("score: { volume: t.count }", score, StringComparison.Ordinal);
        await using var api = await TestApi.StartAsync(rootText: root);

        using var response = await api.Client.PostAsync("/v1/proposals", TestApi.Body(AssessmentSerializer.ToJson(Sample), "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var diagnostic = Assert.Single(problem.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("PR5003", diagnostic.GetProperty("code").GetString());
        Assert.Equal(19, diagnostic.GetProperty("line").GetInt32());
        Assert.Contains("rule 'recorded' computed the score of 'volume'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_RulesThatNeverSettle_Returns422ProblemNamingTheRules()
    {
        await using var api = await TestApi.StartAsync(rootText: TinyRules.LoopingRootText);
        using var response = await api.Client.PostAsync("/v1/proposals", TestApi.Body(AssessmentSerializer.ToJson(Sample), "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("'echo-again'", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(api.RulesFolder, detail, StringComparison.Ordinal);
        var diagnostic = Assert.Single(problem.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("PR5001", "tiny.yaml"), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("file").GetString()));
        Assert.StartsWith("tiny.yaml:", diagnostic.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_HarmTrendJoinBomb_Returns422ProblemNamingTheRule()
    {
        var oxford = Path.Combine(Import.Cli.Root, "rules", "oxford.yaml");
        await using var api = await TestApi.StartAsync(configure: o => o with { Rules = [oxford] });
        var (trend, harm) = (Sample.Trends.First(t => t.Category == "burglary"), Sample.Harm.First(h => h.Category == "burglary"));
        var hostile = Sample with
        {
            Trends = Enumerable.Range(0, 3000).Select(i => trend with { Source = $"s{i}" }).ToArray(),
            Harm = Enumerable.Range(0, 3000).Select(i => harm with { Weight = i + 1 }).ToArray(),
        };

        using var response = await api.Client.PostAsync("/v1/proposals", TestApi.Body(AssessmentSerializer.ToJson(hostile), "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("'harm-cchi'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var diagnostic = Assert.Single(problem.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("PR5004", "oxford.yaml"), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("file").GetString()));
    }
}
