using System.ComponentModel;
using System.Diagnostics;

namespace Priorities.Benchmarks.Import;

/// <summary>Runs a program to completion, as the process-level import benchmarks launch zcat, Python and the CLI.</summary>
internal static class ChildProcess
{
    /// <summary>
    /// Starts <paramref name="program"/> with <paramref name="arguments"/>, waits for it and returns its standard
    /// output; standard error is collected too. Throws, with the standard error, when the exit code is not 0.
    /// </summary>
    public static string Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Start(start);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{error.GetAwaiter().GetResult()}");
        return output;
    }

    /// <summary>Throws when <paramref name="program"/> cannot be run, naming what it is needed for.</summary>
    public static void Require(string program, string purpose)
    {
        try
        {
            Run(program, ["--version"]);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"'{program}' is needed {purpose} but does not run: {e.Message}", e);
        }
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"cannot start '{start.FileName}' (is it installed and on the PATH?): {e.Message}", e);
        }
    }
}
