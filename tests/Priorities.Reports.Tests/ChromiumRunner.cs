using System.Diagnostics;

namespace Priorities.Reports.Tests;

/// <summary>Runs headless Chromium on a local file, bounded by a timeout; the process tree is killed if it overruns.</summary>
internal static class ChromiumRunner
{
    public const string Executable = "/usr/bin/chromium";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static string DumpDom(string htmlPath) => Run(htmlPath, "--dump-dom").StandardOutput;

    public static void Screenshot(string htmlPath, string pngPath, int width, int height) =>
        Run(htmlPath, "--screenshot=" + pngPath, $"--window-size={width},{height}", "--hide-scrollbars");

    /// <summary>Prints the page to PDF as a browser would (A4 from the page's print styles), without header or footer.</summary>
    public static void PrintToPdf(string htmlPath, string pdfPath) =>
        Run(htmlPath, "--print-to-pdf=" + pdfPath, "--no-pdf-header-footer");

    private static (string StandardOutput, string StandardError) Run(string htmlPath, params string[] extra)
    {
        if (ChromiumInstaller.EnsureInstalled() is { } missing) Assert.Fail(missing);
        var profile = Directory.CreateTempSubdirectory("priorities-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in Arguments(profile.FullName).Concat(extra).Append(new Uri(htmlPath).AbsoluteUri))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"Chromium did not finish within {Timeout.TotalSeconds} s and was killed.");
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {error.Result}");
            return (output.Result, error.Result);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string[] Arguments(string profile) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
    ];
}
