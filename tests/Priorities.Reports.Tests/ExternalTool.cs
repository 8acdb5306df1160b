using System.Diagnostics;

namespace Priorities.Reports.Tests;

/// <summary>Finds a program on the PATH and runs it bounded by a timeout (the process tree is killed if it overruns).</summary>
internal static class ExternalTool
{
    /// <summary>The program's full path, or null when it is not on the PATH.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    /// <summary>Runs the program and returns its standard output; fails the test when it overruns or exits non-zero.</summary>
    public static string Run(string program, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds} s and was killed.");
        }

        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(program)} exited with {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    /// <summary>The first page (from 1) of a PDF whose text has a line starting with the heading; 0 when none has.</summary>
    public static int PageStarting(string pdftotext, string pdf, string heading)
    {
        var text = Run(pdftotext, TimeSpan.FromSeconds(60), "-layout", pdf, "-");
        var pages = text.Split('\f');
        for (var i = 0; i < pages.Length; i++)
        {
            if (pages[i].Split('\n').Any(line => line.TrimStart().StartsWith(heading, StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
