using System.Text.Json;
using Priorities.Host.Http;

namespace Priorities.Host.Tests.Http;

/// <summary>The OpenAPI document says how to authenticate exactly when, and as, the server asks for it.</summary>
public sealed class SecuritySchemesTests
{
    [Fact]
    public async Task OpenApi_Secured_DeclaresKeyAndBearerAndRequiresOneOnEveryOperationButHealth()
    {
        await using var api = await AuthorisationTests.SecuredAsync();
        using var response = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json").WithKey(Callers.FullKey));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;

        var schemes = root.GetProperty("components").GetProperty("securitySchemes");
        var key = schemes.GetProperty(ApiKeyHandler.SchemeName);
        Assert.Equal(("apiKey", "header", ApiKeyHandler.Header),
            (key.GetProperty("type").GetString(), key.GetProperty("in").GetString(), key.GetProperty("name").GetString()));
        var bearer = schemes.GetProperty("Bearer");
        Assert.Equal(("http", "bearer"), (bearer.GetProperty("type").GetString(), bearer.GetProperty("scheme").GetString()));
        var operations = 0;
        foreach (var path in root.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
            {
                var names = operation.Value.TryGetProperty("security", out var security)
                    ? security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ToArray()
                    : [];
                Assert.Equal(path.Name == HealthEndpoint.Path ? [] : ["ApiKey", "Bearer"], names);
                operations++;
            }
        Assert.True(operations >= 5, $"only {operations} operations");
    }

    [Fact]
    public async Task OpenApi_NoAuthentication_DeclaresNoScheme()
    {
        await using var api = await TestApi.StartAsync();
        var document = await RuleSetEndpointsTests.GetJsonAsync(api, "/openapi/v1.json");

        Assert.False(document.TryGetProperty("components", out var components) && components.TryGetProperty("securitySchemes", out _));
        Assert.DoesNotContain("\"security\"", document.GetRawText(), StringComparison.Ordinal);
    }
}
