using System.Net;
using System.Text.Json;
using Priorities.Assessments;
using Priorities.RuleSets;
using Priorities.Sensitivity;

namespace Priorities.Host.Tests.Http;

/// <summary><c>POST /v1/proposals/sensitivity</c>: the library's analysis, its query checked, no evidence in it.</summary>
public sealed class SensitivityEndpointsTests
{
    private static readonly Assessment Sample = AssessmentSerializer.FromYaml(File.ReadAllText(TestApi.OxfordSample));

    [Fact]
    public async Task Post_Oxford_ReturnsTheLibrarysAnalysis()
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync("/v1/proposals/sensitivity?spread=10&samples=300&seed=3",
            TestApi.Body(AssessmentSerializer.ToYaml(Sample), "application/yaml"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var options = new SensitivityOptions { Spread = 0.1, Samples = 300, Seed = 3 };
        var expected = SensitivityAnalyzer.Analyze(RuleSetLoader.Load(api.Rules).RuleSet!, Sample, options);
        Assert.Equal(SensitivityResultSerializer.ToJson(expected), text);
    }

    [Fact]
    public async Task Post_Defaults_KeepsTheContractsNames()
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync("/v1/proposals/sensitivity?samples=50",
            TestApi.Body(AssessmentSerializer.ToJson(Sample), "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.Equal(0.2, root.GetProperty("spread").GetDouble());
        Assert.Equal(1, root.GetProperty("seed").GetInt64());
        foreach (var name in new[] { "ruleSet", "samples", "tau", "priorities" }) Assert.True(root.TryGetProperty(name, out _), name);
        Assert.True(root.GetProperty("tau").TryGetProperty("median", out _));
        Assert.True(root.GetProperty("tau").TryGetProperty("p5", out _));
        string[] fields = ["id", "title", "rank", "selected", "rankLow", "rankHigh", "selectedProbability", "verdict", "reason", "flip"];
        foreach (var priority in root.GetProperty("priorities").EnumerateArray())
        {
            Assert.All(fields, f => Assert.True(priority.TryGetProperty(f, out _), f));
            var selected = priority.GetProperty("selected").GetBoolean();
            Assert.Equal(selected ? JsonValueKind.Number : JsonValueKind.Null, priority.GetProperty("rank").ValueKind);
            Assert.Contains(priority.GetProperty("flip").ValueKind, new[] { JsonValueKind.Null, JsonValueKind.Object });
        }
    }

    [Theory]
    [InlineData("samples=20001", "PR8130")]
    [InlineData("samples=0", "PR8130")]
    [InlineData("samples=1.5", "PR8105")]
    [InlineData("spread=abc", "PR8105")]
    [InlineData("spread=150", "PR6300")]
    [InlineData("seed=x", "PR8105")]
    public async Task Post_BadQuery_Returns400NamingTheProblem(string query, string code)
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync($"/v1/proposals/sensitivity?{query}",
            TestApi.Body(AssessmentSerializer.ToJson(Sample), "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(code, problem.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_PublicRole_QuotesNoSensitiveValue()
    {
        await using var api = await AuthorisationTests.SecuredAsync();
        var request = AuthorisationTests.Post("/v1/proposals/sensitivity?samples=100").WithKey(Callers.PublicKey);

        using var response = await api.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.DoesNotContain(SensitiveCase.SensitiveNumber, text, StringComparison.Ordinal);
        Assert.Contains("\"selectedProbability\"", text, StringComparison.Ordinal);
    }
}
