using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
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

    /// <summary>The application's services (the validation limiter, for one).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The served rule set's root file.</summary>
    public string Rules => _rules.Root;

    /// <summary>The served rules folder.</summary>
    public string RulesFolder => _rules.Folder;

    /// <summary>Starts the API; <paramref name="configure"/> changes its options, <paramref name="logs"/> receives its log.</summary>
    public static async Task<TestApi> StartAsync(
        long maxRequestBytes = HttpServerOptions.DefaultMaxRequestBytes, string rootText = TinyRules.RootText,
        Func<HttpServerOptions, HttpServerOptions>? configure = null, ILoggerProvider? logs = null)
    {
        var rules = new TinyRules(rootText);
        var options = new HttpServerOptions { Rules = [rules.Root], MaxRequestBytes = maxRequestBytes, WatchRules = false };
        options = configure?.Invoke(options) ?? options;
        var app = HttpApi.Build(options, builder =>
        {
            builder.WebHost.UseTestServer();
            if (logs is not null) builder.Logging.AddProvider(logs);
        });
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
