using System.IO.Compression;
using System.Net;
using Priorities.Assessments;

namespace Priorities.Host.Tests.Http;

public sealed class ReportEndpointsTests
{
    private static readonly string SampleJson = AssessmentSerializer.ToJson(AssessmentSerializer.FromYaml(File.ReadAllText(TestApi.OxfordSample)));

    [Theory]
    [InlineData("markdown", "text/markdown")]
    [InlineData("html", "text/html")]
    public async Task Report_TextFormats_NameThePartnershipAndATopPriority(string format, string mediaType)
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync($"/v1/reports?format={format}", TestApi.Body(SampleJson, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Oxford", text, StringComparison.Ordinal);
        Assert.Contains("Anti-social behaviour", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "# Community Safety Rolling Plan 2025–26\n")]
    [InlineData("&title=Safer%20Oxford%202026", "# Safer Oxford 2026\n")]
    public async Task Report_Title_HeadsThePaperOrDefaultsToTheRollingPlan(string query, string heading)
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync("/v1/reports?format=markdown" + query, TestApi.Body(SampleJson, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.StartsWith(heading, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Docx_IsAWordPackage()
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync("/v1/reports?format=docx", TestApi.Body(SampleJson, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.NotNull(zip.GetEntry("word/document.xml"));
    }

    [Fact]
    public async Task Report_RulesThatNeverSettle_Returns422Problem()
    {
        await using var api = await TestApi.StartAsync(rootText: TinyRules.LoopingRootText);
        using var response = await api.Client.PostAsync("/v1/reports?format=html", TestApi.Body(SampleJson, "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("'echo-again'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownFormat_Returns400Problem()
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync("/v1/reports?format=pdf", TestApi.Body(SampleJson, "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("pdf", problem.GetProperty("diagnostics")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_BadAssessment_Returns400Problem()
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.PostAsync("/v1/reports?format=html", TestApi.Body("{\"partnership\": 3}", "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
