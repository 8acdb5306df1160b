using System.CommandLine;
using System.Globalization;
using Priorities.Testing;

namespace Priorities.Host.Cli;

/// <summary>
/// <c>priorities test [--rules PATH…]</c>: runs the YAML tests of rule sets (their <c>tests/</c> folder), prints each
/// failure and problem, and ends with <c>N passed, N failed</c>. Exit 0 when all pass, 1 on failures or invalid files.
/// </summary>
internal sealed class TestCommand
{
    private readonly Option<string[]> _rules = new("--rules", "-r")
    {
        Description = "Rule files or folders whose tests to run. Default: the shipped rules/ folder (installed beside the tool).",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "PATH",
        Validators = { CheckPaths },
    };

    public static Command Create() => new TestCommand().Build();

    private Command Build()
    {
        var command = new Command("test", "Run the YAML tests of rule sets and report every failure as expected against actual.") { _rules };
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var paths = parse.GetValue(_rules) is { Length: > 0 } named ? named : [DefaultFiles.RulesFolder];
        var missing = paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
        if (missing is not null) throw new UsageException($"--rules '{missing}': no such file or folder.");
        var files = RuleSetTestRunner.FindTests(paths);
        var output = parse.InvocationConfiguration.Output;
        if (files.Count == 0) throw new UsageException($"no rule-set tests found for {string.Join(", ", paths)} (tests live in a tests/ folder beside the rule files).");
        var report = await Task.Run(() => RuleSetTestRunner.Run(files, cancellationToken), cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in report.Diagnostics) await output.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        foreach (var failed in report.Cases.Where(c => !c.Passed))
        {
            await output.WriteLineAsync($"{failed.Location}: FAILED {failed.Name}").ConfigureAwait(false);
            foreach (var failure in failed.Failures) await output.WriteLineAsync($"  {failure}").ConfigureAwait(false);
        }
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{report.PassedCount} passed, {report.FailedCount} failed")).ConfigureAwait(false);
        return report.Succeeded ? ExitCodes.Success : ExitCodes.BadData;
    }

    private static void CheckPaths(System.CommandLine.Parsing.OptionResult result)
    {
        foreach (var token in result.Tokens.Where(t => !File.Exists(t.Value) && !Directory.Exists(t.Value)))
            result.AddError($"--rules '{token.Value}': no such file or folder.");
    }
}
