using System.Diagnostics;

namespace Priorities.Reports.Tests;

/// <summary>
/// Makes sure Debian's Chromium is on the machine before a rendering test, so that the README's test command passes
/// on a fresh machine: when it is missing and apt-get can run (as root), it is installed once per test run.
/// </summary>
internal static class ChromiumInstaller
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);
    private static readonly Lazy<string> Outcome = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Null when Chromium is there (or was installed); otherwise why it could not be had.</summary>
    public static string? EnsureInstalled() => File.Exists(ChromiumRunner.Executable) ? null : Outcome.Value is { Length: > 0 } why ? why : null;

    private static string Install()
    {
        if (!File.Exists("/usr/bin/apt-get") || Environment.UserName != "root")
            return $"Chromium is required at {ChromiumRunner.Executable}; install it with: apt-get install -y --no-install-recommends chromium";
        foreach (var arguments in new[] { "update", "install -y --no-install-recommends chromium" })
        {
            var failure = AptGet(arguments);
            if (failure is not null) return failure;
        }
        return File.Exists(ChromiumRunner.Executable) ? string.Empty : $"apt-get installed chromium, but {ChromiumRunner.Executable} is still missing.";
    }

    private static string? AptGet(string arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/apt-get", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            return $"apt-get {arguments} did not finish within {Timeout.TotalMinutes} minutes.";
        }
        process.WaitForExit();
        _ = output.Result;
        return process.ExitCode == 0 ? null : $"apt-get {arguments} failed ({process.ExitCode}): {error.Result}";
    }
}
