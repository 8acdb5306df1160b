using System.Diagnostics;

namespace Priorities.Host.Tests.Packaging;

/// <summary>Runs the dotnet CLI, or a program it installed, with a time bound, keeping its output for the failure message.</summary>
internal static class Dotnet
{
    /// <summary>The folder of the running .NET (the one whose <c>dotnet</c> runs the tests), for <c>DOTNET_ROOT</c>.</summary>
    public static string Root => Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    public static async Task<string> RunAsync(string workingDirectory, TimeSpan bound, params string[] args)
    {
        var (output, error) = await RunProgramAsync("dotnet", workingDirectory, bound, args);
        return System.Text.Encoding.UTF8.GetString(output) + error;
    }

    /// <summary>Runs <paramref name="program"/>; its standard output comes back as bytes, exactly as written.</summary>
    public static async Task<(byte[] Output, string Error)> RunProgramAsync(string program, string workingDirectory, TimeSpan bound, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_ROOT"] = Root;
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} took longer than {bound}.");
        }
        await copy;
        var text = await error;
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}:\n{System.Text.Encoding.UTF8.GetString(output.ToArray())}{text}");
        return (output.ToArray(), text);
    }
}
