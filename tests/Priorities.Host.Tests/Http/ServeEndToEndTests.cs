using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Priorities.Assessments;
using Priorities.Host.Http;

namespace Priorities.Host.Tests.Http;

/// <summary>Starts the real <c>priorities serve</c> as a process on a free loopback port and talks to it over HTTP.</summary>
public sealed partial class ServeEndToEndTests
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Serve_RealProcess_AnswersHealthAndProposes()
    {
        using var rules = new TinyRules();
        using var process = Start("serve", "--urls", "http://127.0.0.1:0", "--rules", rules.Root, "--no-watch");
        try
        {
            var address = await ReadAddressAsync(process);
            Assert.StartsWith("http://127.0.0.1:", address.ToString(), StringComparison.Ordinal);
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
            await WaitHealthyAsync(client);
            var sample = AssessmentSerializer.FromYaml(await File.ReadAllTextAsync(TestApi.OxfordSample));
            using var response = await client.PostAsync("/v1/proposals", TestApi.Body(AssessmentSerializer.ToJson(sample), "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, text);
            var plan = JsonDocument.Parse(text).RootElement;
            Assert.Equal("tiny", plan.GetProperty("ruleSet").GetProperty("id").GetString());
            Assert.Equal(sample.Partnership.Name, plan.GetProperty("partnership").GetProperty("name").GetString());
            var ids = plan.GetProperty("priorities").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToArray();
            Assert.Contains("anti-social-behaviour", ids);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        }
    }

    [Fact]
    public async Task Serve_BrokenRules_ExitsWithDiagnostics()
    {
        using var rules = new TinyRules();
        await File.WriteAllTextAsync(rules.Root, "ruleset: tiny\nversion: 1\nrules: 7\n");
        using var process = Start("serve", "--urls", "http://127.0.0.1:0", "--rules", rules.Root);
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(StartBound).Token);
        Assert.Equal(1, process.ExitCode);
        Assert.Matches(@"tiny\.yaml:\d+:\d+: error PR\d{4}: ", await error);
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://127.0.0.1:0;http://192.168.1.20:5080")]
    public async Task Serve_NonLoopbackWithoutAuthentication_RefusesWithExitTwo(string urls)
    {
        using var rules = new TinyRules();
        using var process = Start("serve", "--urls", urls, "--rules", rules.Root, "--no-watch");
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(StartBound).Token);

        Assert.Equal(2, process.ExitCode);
        var text = await error;
        Assert.Contains("is not a loopback address", text, StringComparison.Ordinal);
        Assert.Contains("--api-keys", text, StringComparison.Ordinal);
        Assert.Contains("--jwt-audience", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_RealProcessWithKeyFile_RequiresTheKey()
    {
        using var rules = new TinyRules();
        var keys = Path.Combine(rules.Folder, "keys.txt");
        await File.WriteAllTextAsync(keys, $"# id role sha256\nanalyst full {ApiKeyList.HashOf(Callers.FullKey)}\n");
        using var process = Start("serve", "--urls", "http://127.0.0.1:0", "--rules", rules.Root, "--no-watch", "--api-keys", keys);
        try
        {
            using var client = new HttpClient { BaseAddress = await ReadAddressAsync(process), Timeout = TimeSpan.FromSeconds(30) };
            await WaitHealthyAsync(client);
            using var anonymous = await client.GetAsync("/v1/rulesets");
            using var keyed = new HttpRequestMessage(HttpMethod.Get, "/v1/rulesets").WithKey(Callers.FullKey);
            using var answered = await client.SendAsync(keyed);

            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        }
    }

    private static Process Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "priorities.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return Process.Start(start)!;
    }

    private static async Task<Uri> ReadAddressAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(StartBound);
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = ListeningLine().Match(line);
            if (match.Success) return new Uri(match.Groups[1].Value);
        }
        throw new InvalidOperationException($"serve ended without listening: {await process.StandardError.ReadToEndAsync()}");
    }

    private static async Task WaitHealthyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + StartBound;
        while (true)
        {
            try
            {
                using var health = await client.GetAsync("/health");
                if (health.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            if (DateTime.UtcNow >= deadline) throw new TimeoutException("serve did not become healthy in time.");
            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"^listening on (http://\S+)$")]
    private static partial Regex ListeningLine();
}
