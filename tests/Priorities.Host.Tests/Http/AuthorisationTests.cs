using System.Net;

namespace Priorities.Host.Tests.Http;

/// <summary>Who may call the API when authentication is configured, and what each role sees.</summary>
public sealed class AuthorisationTests
{
    public static TheoryData<string> Endpoints => new(SensitiveCase.Endpoints);

    public static TheoryData<string, string> EndpointsAndCredentials()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in SensitiveCase.Endpoints)
        {
            data.Add(endpoint, "key");
            data.Add(endpoint, "token");
        }
        return data;
    }

    [Theory]
    [InlineData("POST", "/v1/proposals")]
    [InlineData("POST", "/v1/reports")]
    [InlineData("POST", "/v1/rulesets/validate")]
    [InlineData("GET", "/v1/rulesets")]
    [InlineData("GET", "/openapi/v1.json")]
    public async Task Send_NoCredentials_Returns401Problem(string method, string path)
    {
        await using var api = await SecuredAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = Body() };

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData(Callers.FullKey + "x")]
    public async Task Post_WrongKey_Returns401(string key)
    {
        await using var api = await SecuredAsync();

        using var response = await api.Client.SendAsync(Post("/v1/proposals").WithKey(key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/v1/proposals", "text/plain")]
    [InlineData("/v1/rulesets/validate", "application/pdf")]
    [InlineData("/v1/reports", "image/png")]
    public async Task Post_NoCredentialsAndWrongMediaType_Returns401NotTheMediaTypeError(string path, string mediaType)
    {
        await using var api = await SecuredAsync();

        using var response = await api.Client.PostAsync(path, TestApi.Body("x", mediaType));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_HealthWithoutCredentials_Returns200()
    {
        await using var api = await SecuredAsync();

        using var response = await api.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(EndpointsAndCredentials))]
    public async Task Post_PublicRole_NoSensitiveValueOrSentenceEvenIfAsked(string endpoint, string credential)
    {
        await using var api = await SecuredAsync();
        var asking = endpoint + (endpoint.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "public=false";
        var request = Post(asking);
        request = credential == "key" ? request.WithKey(Callers.PublicKey) : request.WithToken(Callers.Token("press", "public"));

        using var response = await api.Client.SendAsync(request);
        var text = await SensitiveCase.TextOf(response);

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.DoesNotContain(SensitiveCase.SensitiveNumber, text, StringComparison.Ordinal);
        Assert.Contains(SensitiveCase.OpenSentence, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EndpointsAndCredentials))]
    public async Task Post_FullRole_SeesSensitiveEvidence(string endpoint, string credential)
    {
        await using var api = await SecuredAsync();
        var request = Post(endpoint);
        request = credential == "key" ? request.WithKey(Callers.FullKey) : request.WithToken(Callers.Token("analyst-7", "full"));

        using var response = await api.Client.SendAsync(request);
        var text = await SensitiveCase.TextOf(response);

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Contains(SensitiveCase.SensitiveNumber, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Post_AnonymousOnLoopback_FullAccess(string endpoint)
    {
        await using var api = await TestApi.StartAsync(rootText: SensitiveCase.RootText);

        using var response = await api.Client.SendAsync(Post(endpoint));
        var text = await SensitiveCase.TextOf(response);

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Contains(SensitiveCase.SensitiveNumber, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ProposalsAskedPublic_LeavesSensitiveOut()
    {
        await using var api = await TestApi.StartAsync(rootText: SensitiveCase.RootText);

        using var response = await api.Client.SendAsync(Post("/v1/proposals?public=true"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(SensitiveCase.SensitiveNumber, text, StringComparison.Ordinal);
    }

    internal static Task<TestApi> SecuredAsync() =>
        TestApi.StartAsync(rootText: SensitiveCase.RootText, configure: Callers.Secured);

    internal static HttpRequestMessage Post(string path) => new(HttpMethod.Post, path) { Content = Body() };

    /// <summary>The assessment as YAML, which every protected POST accepts (rule-set validation takes YAML only).</summary>
    private static StringContent Body() => TestApi.Body(SensitiveCase.AssessmentYaml(), "application/yaml");
}
