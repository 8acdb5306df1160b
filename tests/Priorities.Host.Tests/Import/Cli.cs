using System.Diagnostics;
using System.Reflection;

namespace Priorities.Host.Tests.Import;

/// <summary>Runs the built <c>priorities</c> CLI (priorities.dll) as a process, the way a pipeline would.</summary>
internal static class Cli
{
    private static readonly Lazy<string> Dll = new(FindDll);

    public static string Root { get; } = FindRoot();

    public static string Fixture(params string[] parts) =>
        Path.Combine([Root, "tests", "Priorities.Import.Tests", "Fixtures", .. parts]);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll.Value);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>priorities.dll beside the tests (the test project references the host), else in the host's own output.</summary>
    private static string FindDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "priorities.dll");
        if (File.Exists(beside)) return beside;
        var configuration = typeof(Cli).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var built = Path.Combine(Root, "src", "Priorities.Host", "bin", configuration, "net10.0", "priorities.dll");
        return File.Exists(built) ? built : throw new FileNotFoundException($"priorities.dll is neither in {AppContext.BaseDirectory} nor at {built}: build src/Priorities.Host first.");
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Priorities.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No Priorities.sln above {AppContext.BaseDirectory}.");
    }
}
