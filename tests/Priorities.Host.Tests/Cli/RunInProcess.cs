using Priorities.Host.Cli;

namespace Priorities.Host.Tests.Cli;

/// <summary>Runs the CLI in-process with captured output, for tests that need no separate process.</summary>
internal static class RunInProcess
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = await CliApplication.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A file in the repository checkout, such as <c>rules/oxford.yaml</c>.</summary>
    public static string Repo(params string[] parts) => Path.Combine([Import.Cli.Root, .. parts]);
}
