using System.CommandLine;
using System.Globalization;
using Priorities.Testing;

namespace Priorities.Host.Cli;

/// <summary>
/// <c>priorities test [--rules PATH…]</c>: runs the YAML tests of rule sets (their <c>tests/</c> folder), prints each
/// failure and problem, and ends with <c>N passed, N failed</c>; with <c>--coverage</c> also which rules and conditions
/// the tests exercised (text before that line, or JSON alone). Exit 0 when all pass, 1 on failures or invalid files.
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

    private readonly Option<bool> _coverage = new("--coverage")
    {
        Description = "Also report which rules fired in the tests and which of their conditions were seen to hold and to fail.",
    };

    private readonly Option<string> _format = new Option<string>("--format")
    {
        Description = "With --coverage: text (after the test results) or json (the coverage alone; rules/schemas/coverage.schema.json). Default: text.",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong("text", "json");

    public static Command Create() => new TestCommand().Build();

    private Command Build()
    {
        var command = new Command("test", "Run the YAML tests of rule sets and report every failure as expected against actual.") { _rules, _coverage, _format };
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
        var coverage = parse.GetValue(_coverage);
        var json = parse.GetValue(_format) == "json";
        if (json && !coverage) throw new UsageException("--format json needs --coverage: it writes the coverage report.");
        var report = await Task.Run(() => coverage ? RuleSetTestRunner.RunWithCoverage(files, cancellationToken)
            : RuleSetTestRunner.Run(files, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (json)
        {
            await output.WriteAsync(CoverageJson.Write(report)).ConfigureAwait(false);
            return report.Succeeded ? ExitCodes.Success : ExitCodes.BadData;
        }
        foreach (var diagnostic in report.Diagnostics) await output.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        foreach (var failed in report.Cases.Where(c => !c.Passed))
        {
            await output.WriteLineAsync($"{failed.Location}: FAILED {failed.Name}").ConfigureAwait(false);
            foreach (var failure in failed.Failures) await output.WriteLineAsync($"  {failure}").ConfigureAwait(false);
        }
        if (coverage) await output.WriteAsync(CoverageText.Format(report.Coverage)).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{report.PassedCount} passed, {report.FailedCount} failed")).ConfigureAwait(false);
        return report.Succeeded ? ExitCodes.Success : ExitCodes.BadData;
    }

    private static void CheckPaths(System.CommandLine.Parsing.OptionResult result)
    {
        foreach (var token in result.Tokens.Where(t => !File.Exists(t.Value) && !Directory.Exists(t.Value)))
            result.AddError($"--rules '{token.Value}': no such file or folder.");
    }
}
