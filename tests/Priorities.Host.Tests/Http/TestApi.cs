using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Priorities.Host.Http;

namespace Priorities.Host.Tests.Http;

/// <summary>The real HTTP application (<see cref="HttpApi.Build"/>) on an in-memory TestServer, serving the shipped Oxford rule set.</summary>
internal sealed class TestApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestApi(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public static string RulesFolder => Path.Combine(Import.Cli.Root, "rules");

    public static string OxfordRules => Path.Combine(RulesFolder, "oxford.yaml");

    public static string OxfordSample => Path.Combine(Import.Cli.Root, "samples", "oxford-city-2024.yaml");

    public HttpClient Client { get; }

    public static async Task<TestApi> StartAsync(long maxRequestBytes = HttpServerOptions.DefaultMaxRequestBytes)
    {
        var options = new HttpServerOptions { Rules = [OxfordRules], MaxRequestBytes = maxRequestBytes, WatchRules = false };
        var app = HttpApi.Build(options, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new TestApi(app, app.GetTestClient());
    }

    public static StringContent Body(string text, string mediaType)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
