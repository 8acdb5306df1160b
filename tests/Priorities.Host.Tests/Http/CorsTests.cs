using System.Net;

namespace Priorities.Host.Tests.Http;

/// <summary>CORS is closed unless origins are configured, and then open only to those origins.</summary>
public sealed class CorsTests
{
    private const string Allowed = "https://board.example.org";

    [Fact]
    public async Task Preflight_NoOriginsConfigured_NoCorsHeaders()
    {
        await using var api = await TestApi.StartAsync();

        using var response = await api.Client.SendAsync(Preflight(Allowed));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData(Allowed, true)]
    [InlineData("https://attacker.example", false)]
    public async Task Preflight_OriginsConfigured_OnlyThoseAllowed(string origin, bool allowed)
    {
        await using var api = await TestApi.StartAsync(configure: o => Callers.Secured(o) with { CorsOrigins = [Allowed] });

        using var response = await api.Client.SendAsync(Preflight(origin));

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
    }

    [Fact]
    public async Task Get_NoOriginsConfigured_NoCorsHeaderOnAnswer()
    {
        await using var api = await TestApi.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("Origin", Allowed);

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/v1/proposals");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        return request;
    }
}
