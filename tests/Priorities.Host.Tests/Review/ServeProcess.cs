using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Priorities.Host.Tests.Review;

/// <summary>The real <c>priorities serve</c> as a process on a free loopback port, stopped on dispose.</summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(90);
    private readonly Process _process;

    private ServeProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>Where it listens, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts <c>dotnet priorities.dll serve --urls http://127.0.0.1:0 --no-watch</c> with more arguments.</summary>
    public static async Task<ServeProcess> StartAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "priorities.dll"));
        foreach (var arg in (string[])["serve", "--urls", "http://127.0.0.1:0", "--no-watch", .. args]) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        try
        {
            var serve = new ServeProcess(process, await ReadAddressAsync(process));
            await serve.WaitHealthyAsync();
            return serve;
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(bound.Token);
        _process.Dispose();
    }

    private static async Task<Uri> ReadAddressAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(StartBound);
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = ListeningLine().Match(line);
            if (match.Success) return new Uri(match.Groups[1].Value + "/");
        }
        throw new InvalidOperationException($"serve ended without listening: {await process.StandardError.ReadToEndAsync()}");
    }

    private async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow + StartBound;
        while (true)
        {
            try
            {
                using var health = await client.GetAsync("health");
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
