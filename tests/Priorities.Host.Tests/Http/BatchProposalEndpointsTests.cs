using System.Net;
using System.Text.Json;
using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.Host.Tests.Http;

public sealed class BatchProposalEndpointsTests
{
    private static readonly Assessment Oxford = AssessmentSerializer.FromYaml(File.ReadAllText(TestApi.OxfordSample));

    private static readonly Assessment Other = Oxford with
    {
        Partnership = Oxford.Partnership with { Name = "Cherwell", Code = "E22000305" },
        Trends = Oxford.Trends.Take(5).ToArray(),
    };

    private static string Array(params Assessment[] assessments) =>
        "[" + string.Join(",\n", assessments.Select(AssessmentSerializer.ToJson)) + "]";

    [Fact]
    public async Task ProposeBatch_TwoAssessments_EachPlanAsProposedAloneInInputOrder()
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync("/v1/proposals/batch", TestApi.Body(Array(Other, Oxford), "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);

        var batch = PlanBatchSerializer.FromJson(text);
        Assert.Null(batch.Agreement);
        Assert.Equal(["Cherwell", Oxford.Partnership.Name], batch.Plans.Select(p => p.Partnership.Name));
        foreach (var (assessment, plan) in new[] { Other, Oxford }.Zip(batch.Plans))
        {
            using var alone = await api.Client.PostAsync("/v1/proposals", TestApi.Body(AssessmentSerializer.ToJson(assessment), "application/json"));
            Assert.Equal(await alone.Content.ReadAsStringAsync(), PlanResultSerializer.ToJson(plan));
        }
    }

    [Fact]
    public async Task ProposeBatch_InvalidSecondAssessment_Returns400NamingItsIndex()
    {
        await using var api = await TestApi.StartAsync();
        var body = "[" + AssessmentSerializer.ToJson(Oxford) + ",\n{\"partnership\": {\"name\": \"X\"}, \"period\": 7}]";
        using var response = await api.Client.PostAsync("/v1/proposals/batch", TestApi.Body(body, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var files = problem.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("text").GetString()!).ToArray();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.StartsWith("(request body)[1]:", f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProposeBatch_OneAssessmentNotInAList_IsABatchOfOne()
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync("/v1/proposals/batch", TestApi.Body(AssessmentSerializer.ToJson(Oxford), "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);

        using var json = JsonDocument.Parse(text);
        Assert.Equal(1, json.RootElement.GetProperty("plans").GetArrayLength());
    }

    [Fact]
    public async Task ProposeBatch_Yaml_Returns415()
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync("/v1/proposals/batch", TestApi.Body(File.ReadAllText(TestApi.OxfordSample), "application/yaml"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
