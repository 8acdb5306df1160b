using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Priorities.Host.Http;

namespace Priorities.Host.Tests.Http;

/// <summary>The real HTTP application (<see cref="HttpApi.Build"/>) on an in-memory TestServer, serving <see cref="TinyRules"/>
/// (or another root given in its place).</summary>
internal sealed class TestApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TinyRules _rules;

    private TestApi(WebApplication app, HttpClient client, TinyRules rules)
    {
        _app = app;
        Client = client;
        _rules = rules;
    }

    public static string OxfordSample => Path.Combine(Import.Cli.Root, "samples", "oxford-city-2024.yaml");

    public HttpClient Client { get; }

    /// <summary>The served rule set's root file.</summary>
    public string Rules => _rules.Root;

    /// <summary>The served rules folder.</summary>
    public string RulesFolder => _rules.Folder;

    public static async Task<TestApi> StartAsync(
        long maxRequestBytes = HttpServerOptions.DefaultMaxRequestBytes, string rootText = TinyRules.RootText)
    {
        var rules = new TinyRules(rootText);
        var options = new HttpServerOptions { Rules = [rules.Root], MaxRequestBytes = maxRequestBytes, WatchRules = false };
        var app = HttpApi.Build(options, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new TestApi(app, app.GetTestClient(), rules);
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
        _rules.Dispose();
    }
}
