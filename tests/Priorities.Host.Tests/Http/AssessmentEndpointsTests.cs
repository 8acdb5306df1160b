using System.Net;
using System.Text.Json;
using Priorities.Assessments;
using Priorities.Host.Http;

namespace Priorities.Host.Tests.Http;

/// <summary><c>GET /v1/assessments</c> and <c>GET /v1/assessments/{id}</c>: the files the review page can open.</summary>
public sealed class AssessmentEndpointsTests
{
    [Fact]
    public async Task List_Folder_ListsFilesDirectlyInItWithTheirProblems()
    {
        using var folder = new AssessmentFolderFixture();
        await using var api = await StartAsync(folder);
        using var response = await api.Client.GetAsync("/v1/assessments");
        var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["broken", "oxford-city-2024", "testshire"], items.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var oxford = items[1];
        Assert.Equal("Oxford Safer Communities Partnership", oxford.GetProperty("partnership").GetString());
        Assert.Equal("2024-07", oxford.GetProperty("period").GetProperty("start").GetString());
        Assert.False(oxford.GetProperty("sensitive").GetBoolean());
        Assert.True(items[2].GetProperty("sensitive").GetBoolean());
        var problem = items[0].GetProperty("problem");
        Assert.StartsWith("PR", problem.GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("broken.yaml:", problem.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(folder.Folder, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_KnownId_ReturnsTheAssessmentAsJson()
    {
        using var folder = new AssessmentFolderFixture();
        await using var api = await StartAsync(folder);
        using var response = await api.Client.GetAsync("/v1/assessments/oxford-city-2024");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = AssessmentSerializer.FromYaml(await File.ReadAllTextAsync(TestApi.OxfordSample));
        Assert.Equal(AssessmentSerializer.ToJson(expected), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/v1/assessments/nope", HttpStatusCode.NotFound, "PR8141")]
    [InlineData("/v1/assessments/hidden", HttpStatusCode.NotFound, "PR8141")]
    [InlineData("/v1/assessments/notes", HttpStatusCode.NotFound, "PR8141")]
    [InlineData("/v1/assessments/..%2Fnested%2Fhidden", HttpStatusCode.BadRequest, "PR8140")]
    [InlineData("/v1/assessments/..%2F..%2Fetc%2Fpasswd", HttpStatusCode.BadRequest, "PR8140")]
    [InlineData("/v1/assessments/%2Fetc%2Fpasswd", HttpStatusCode.BadRequest, "PR8140")]
    [InlineData("/v1/assessments/nested%5Chidden", HttpStatusCode.BadRequest, "PR8140")]
    [InlineData("/v1/assessments/broken", HttpStatusCode.UnprocessableEntity, "PR")]
    public async Task Get_BadOrUnknownId_IsAProblemNamingIt(string path, HttpStatusCode status, string code)
    {
        using var folder = new AssessmentFolderFixture();
        await using var api = await StartAsync(folder);
        using var response = await api.Client.GetAsync(path);

        var problem = await ProblemAssert.IsProblemAsync(response, status);
        Assert.StartsWith(code, problem.GetProperty("diagnostics")[0].GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(folder.Folder, problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Callers.FullKey, HttpStatusCode.OK)]
    [InlineData(Callers.PublicKey, HttpStatusCode.Forbidden)]
    public async Task Get_SensitiveAssessment_OnlyForTheFullRole(string key, HttpStatusCode status)
    {
        using var folder = new AssessmentFolderFixture();
        await using var api = await StartAsync(folder, secured: true);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/assessments/testshire").WithKey(key);
        using var response = await api.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(status == HttpStatusCode.OK, text.Contains(SensitiveCase.SensitiveNumber, StringComparison.Ordinal));
        if (status != HttpStatusCode.OK) Assert.Contains("PR8143", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PublicRoleOnAssessmentWithoutSensitiveFacts_ReturnsIt()
    {
        using var folder = new AssessmentFolderFixture();
        await using var api = await StartAsync(folder, secured: true);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/assessments/oxford-city-2024").WithKey(Callers.PublicKey);
        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task List_MissingFolder_IsEmpty()
    {
        await using var api = await TestApi.StartAsync(configure: o => o with { Assessments = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")) });
        using var response = await api.Client.GetAsync("/v1/assessments");

        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task List_FileOverTheRequestLimit_IsListedWithItsProblem()
    {
        using var folder = new AssessmentFolderFixture();
        await using var api = await TestApi.StartAsync(maxRequestBytes: 1024, configure: o => o with { Assessments = folder.Folder });
        using var response = await api.Client.GetAsync("/v1/assessments");
        var oxford = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[1];

        Assert.Equal("PR8142", oxford.GetProperty("problem").GetProperty("code").GetString());
        Assert.Contains("larger than the limit", oxford.GetProperty("problem").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("oxford-city-2024", true)]
    [InlineData("a.b_c-1", true)]
    [InlineData("..", false)]
    [InlineData("a..b", false)]
    [InlineData(".hidden", false)]
    [InlineData("a/b", false)]
    [InlineData("a\\b", false)]
    [InlineData("", false)]
    public void IsValidId_Text_AcceptsPlainFileNamesOnly(string id, bool valid) =>
        Assert.Equal(valid, AssessmentFolder.IsValidId(id));

    private static Task<TestApi> StartAsync(AssessmentFolderFixture folder, bool secured = false) =>
        TestApi.StartAsync(configure: o => (secured ? Callers.Secured(o) : o) with { Assessments = folder.Folder });
}
