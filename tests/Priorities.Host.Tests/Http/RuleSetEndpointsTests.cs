using System.Net;
using System.Text.Json;
using Priorities.RuleSets;

namespace Priorities.Host.Tests.Http;

public sealed class RuleSetEndpointsTests
{
    [Fact]
    public async Task List_Get_ReturnsTheServedSetWithIdVersionAndHash()
    {
        await using var api = await TestApi.StartAsync();
        var expected = RuleSetLoader.Load(api.Rules).RuleSet!;
        var root = await GetJsonAsync(api, "/v1/rulesets");
        var set = Assert.Single(root.GetProperty("ruleSets").EnumerateArray());
        Assert.Equal(expected.Info.Id, set.GetProperty("id").GetString());
        Assert.Equal(expected.Info.Version, set.GetProperty("version").GetString());
        Assert.Equal(expected.Info.Hash, set.GetProperty("hash").GetString());
        Assert.Equal(["tiny.yaml", "catalogue.yaml"], set.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        Assert.True(root.GetProperty("lastReload").GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task List_Get_NamesTheScoringMethodAndEachDimension()
    {
        await using var api = await TestApi.StartAsync();
        var expected = RuleSetLoader.Load(api.Rules).RuleSet!;
        var set = (await GetJsonAsync(api, "/v1/rulesets")).GetProperty("ruleSets")[0];
        var dimensions = set.GetProperty("dimensions").EnumerateArray().ToArray();
        Assert.Equal(expected.ScoringMethod, set.GetProperty("scoringMethod").GetString());
        Assert.Equal(expected.Dimensions.Select(d => d.Id), dimensions.Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(expected.Dimensions.Select(d => d.Weight), dimensions.Select(d => d.GetProperty("weight").GetDouble()));
    }

    [Fact]
    public async Task Validate_ServedTextWithItsInclude_IsValid()
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync("/v1/rulesets/validate", TestApi.Body(TinyRules.RootText, "application/yaml"));
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(root.GetProperty("valid").GetBoolean(), root.ToString());
        Assert.Equal("tiny", root.GetProperty("ruleSet").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Validate_BrokenMethod_ReportsFileLineColumnAndCode()
    {
        await using var api = await TestApi.StartAsync();
        var broken = TinyRules.RootText.Replace("method: weighted-sum", "method: weighted-summ", StringComparison.Ordinal);
        var line = broken[..broken.IndexOf("weighted-summ", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        using var response = await api.Client.PostAsync("/v1/rulesets/validate", TestApi.Body(broken, "text/yaml"));
        var root = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var diagnostic = root.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal("request.yaml", diagnostic.GetProperty("file").GetString());
        Assert.Equal(line, diagnostic.GetProperty("line").GetInt32());
        Assert.StartsWith("PR", diagnostic.GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(api.RulesFolder, root.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_IncludeOutsideTheRulesFolder_Returns400WithoutReadingIt()
    {
        await using var api = await TestApi.StartAsync();
        var text = "ruleset: x\nversion: 1\ninclude: [catalogue.yaml, ../../../../etc/passwd]\n";
        using var response = await api.Client.PostAsync("/v1/rulesets/validate", TestApi.Body(text, "application/yaml"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var diagnostic = Assert.Single(problem.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "PR1007");
        Assert.Equal(3, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(27, diagnostic.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task Validate_TextThatUpsetsTheYamlReader_ReportsDiagnosticsNot500()
    {
        await using var api = await TestApi.StartAsync();
        var broken = TinyRules.CatalogueText.Replace("id: burglary", "id: [", StringComparison.Ordinal);
        using var response = await api.Client.PostAsync("/v1/rulesets/validate", TestApi.Body(broken, "application/yaml"));
        var root = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(root.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task Validate_JsonContentType_Returns415Problem()
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync("/v1/rulesets/validate", TestApi.Body("{}", "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Validate_BodyOverTheLimit_Returns413Problem()
    {
        await using var api = await TestApi.StartAsync(maxRequestBytes: 100);
        using var response = await api.Client.PostAsync("/v1/rulesets/validate", TestApi.Body(TinyRules.RootText, "application/yaml"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    internal static async Task<JsonElement> GetJsonAsync(TestApi api, string path)
    {
        using var response = await api.Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
