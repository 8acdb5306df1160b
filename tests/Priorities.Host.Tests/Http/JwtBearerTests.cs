using System.Net;
using System.Text;

namespace Priorities.Host.Tests.Http;

/// <summary>Bearer tokens: signature, issuer, audience, lifetime and role are all checked.</summary>
public sealed class JwtBearerTests
{
    [Fact]
    public async Task Post_ValidToken_Returns200()
    {
        await using var api = await AuthorisationTests.SecuredAsync();

        using var response = await api.Client.SendAsync(AuthorisationTests.Post("/v1/proposals").WithToken(Callers.Token("analyst-7", "full")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_ExpiredToken_Returns401()
    {
        var token = Callers.Token("analyst-7", "full", expiresIn: TimeSpan.FromMinutes(-5));

        await AssertStatusAsync(token, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_WrongAudience_Returns401()
    {
        await AssertStatusAsync(Callers.Token("analyst-7", "full", audience: "another-api"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_WrongIssuer_Returns401()
    {
        await AssertStatusAsync(Callers.Token("analyst-7", "full", issuer: "https://elsewhere.test"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_WrongSigningKey_Returns401()
    {
        var other = Encoding.UTF8.GetBytes("another-secret-that-is-also-long-enough-to-sign");

        await AssertStatusAsync(Callers.Token("analyst-7", "full", secret: other), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("admin")]
    public async Task Post_TokenWithoutAKnownRole_Returns403(string? role)
    {
        await AssertStatusAsync(Callers.Token("analyst-7", role), HttpStatusCode.Forbidden);
    }

    private static async Task AssertStatusAsync(string token, HttpStatusCode expected)
    {
        await using var api = await AuthorisationTests.SecuredAsync();

        using var response = await api.Client.SendAsync(AuthorisationTests.Post("/v1/proposals").WithToken(token));

        Assert.Equal(expected, response.StatusCode);
    }
}
