using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Priorities.Benchmarks.Import;
using Priorities.Benchmarks.Plans;

namespace Priorities.Benchmarks.Serving;

/// <summary>
/// <c>priorities serve</c> as a separate process on a free loopback port, built from the current sources, with an
/// HTTP client for it; stopped (and its peak memory read) on dispose.
/// </summary>
internal sealed class ServedHost : IDisposable
{
    private readonly Process _process;

    private ServedHost(Process process, HttpClient client)
    {
        _process = process;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <summary>The server's peak resident memory so far, from /proc (0 where there is none).</summary>
    public long PeakResidentBytes
    {
        get
        {
            var status = $"/proc/{_process.Id}/status";
            if (!File.Exists(status)) return 0;
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0
                : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
    }

    public static ServedHost Start()
    {
        var project = Path.Combine(RepositoryRoot.Find(), "src", "Priorities.Host");
        ChildProcess.Run("dotnet", ["build", project, "-c", "Release", "-nologo", "-v", "q", "-nodeReuse:false", "--disable-build-servers"]);
        var cli = Path.Combine(project, "bin", "Release", $"net{Environment.Version.Major}.0", "priorities.dll");
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { cli, "serve", "--urls", url }) start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
        WaitUntilHealthy(client, process);
        return new ServedHost(process, client);
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    private static void WaitUntilHealthy(HttpClient client, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited) throw new InvalidOperationException($"serve exited with {process.ExitCode}.");
            try
            {
                using var response = client.GetAsync("/health").GetAwaiter().GetResult();
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Thread.Sleep(100);
        }
        throw new TimeoutException("serve did not answer /health within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
