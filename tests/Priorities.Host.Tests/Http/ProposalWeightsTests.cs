using System.Net;
using Priorities.Assessments;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Host.Tests.Http;

/// <summary><c>POST /v1/proposals?weights=…</c>: a what-if with other weights, as the library gives it.</summary>
public sealed class ProposalWeightsTests
{
    private static readonly Assessment Sample = AssessmentSerializer.FromYaml(File.ReadAllText(TestApi.OxfordSample));

    [Fact]
    public async Task Propose_Weights_ReturnsTheLibrarysWeightedPlan()
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync("/v1/proposals?weights=volume:0.5",
            TestApi.Body(AssessmentSerializer.ToJson(Sample), "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var weights = new Dictionary<string, double> { ["volume"] = 0.5 };
        var expected = RuleSetLoader.Load(api.Rules).RuleSet!.WithWeights(weights).Evaluate(Sample);
        Assert.Equal(PlanResultSerializer.ToJson(expected), text);
        Assert.Contains("\"weights\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("volum:2", "PR2111")]
    [InlineData("volume:-1", "PR2112")]
    [InlineData("harm", "PR8105")]
    [InlineData("harm:2,harm:3", "PR8105")]
    [InlineData("harm:two", "PR8105")]
    public async Task Propose_BadWeights_Returns400NamingTheProblem(string weights, string code)
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync($"/v1/proposals?weights={Uri.EscapeDataString(weights)}",
            TestApi.Body(AssessmentSerializer.ToJson(Sample), "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(code, problem.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }
}
