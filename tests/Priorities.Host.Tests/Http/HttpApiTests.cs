using System.Net;
using Priorities.RuleSets;

namespace Priorities.Host.Tests.Http;

public sealed class HttpApiTests
{
    [Fact]
    public async Task Health_Get_ReturnsOkWithTheServedRuleSet()
    {
        await using var api = await TestApi.StartAsync();
        var health = await RuleSetEndpointsTests.GetJsonAsync(api, "/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(RuleSetLoader.Load(api.Rules).RuleSet!.Info.Hash, health.GetProperty("ruleSet").GetProperty("hash").GetString());
    }

    [Fact]
    public async Task OpenApi_Get_DocumentsEveryEndpoint()
    {
        await using var api = await TestApi.StartAsync();
        var document = await RuleSetEndpointsTests.GetJsonAsync(api, "/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/v1/proposals", "/v1/reports", "/v1/rulesets", "/v1/rulesets/validate", "/health" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        var responses = paths.GetProperty("/v1/proposals").GetProperty("post").GetProperty("responses");
        foreach (var status in new[] { "200", "400", "413", "415" }) Assert.True(responses.TryGetProperty(status, out _), status);
    }

    [Fact]
    public async Task UnknownRoute_Get_Returns404Problem()
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.GetAsync("/v1/nothing-here");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Proposals_Get_Returns405Problem()
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.GetAsync("/v1/proposals");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }
}
