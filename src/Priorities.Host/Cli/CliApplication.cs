using System.CommandLine;
using System.CommandLine.Invocation;
using Priorities.Evaluation;
using Priorities.Import;

namespace Priorities.Host.Cli;

/// <summary>
/// The <c>priorities</c> command line: one class per command under <c>Cli/</c>, each adding itself to the root.
/// Exit codes are <see cref="ExitCodes"/>; errors go to stderr as one line each, never as a stack trace.
/// </summary>
internal static class CliApplication
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Priorities: evidence-based priorities for Community Safety Partnerships.");
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ProposeCommand.Create());
        root.Subcommands.Add(AdoptCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(DiffCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(TestCommand.Create());
        root.Subcommands.Add(LintCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(SensitivityCommand.Create());
        CommandExamples.Install(root);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var parse = CreateRootCommand().Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var problem in parse.Errors) await error.WriteLineAsync($"error: {problem.Message}").ConfigureAwait(false);
            await error.WriteLineAsync("Run 'priorities --help' (or the command with --help) for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return await ReportAsync(e, error).ConfigureAwait(false);
        }
    }

    private static async Task<int> ReportAsync(Exception e, TextWriter error)
    {
        switch (e)
        {
            case ImportException import:
                foreach (var problem in import.Errors) await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
                return ExitCodes.BadData;
            case DiagnosticsException diagnostics:
                foreach (var line in diagnostics.Lines) await error.WriteLineAsync(line).ConfigureAwait(false);
                return ExitCodes.BadData;
            case RuleSetEvaluationException { Diagnostic: { } diagnostic }:
                await error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
                return ExitCodes.BadData;
            case UsageException usage:
                await error.WriteLineAsync($"error: {usage.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            case OperationCanceledException:
                await error.WriteLineAsync("error: cancelled; no output was written.").ConfigureAwait(false);
                return ExitCodes.BadData;
            case RuleSetEvaluationException or IOException or UnauthorizedAccessException:
                await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return ExitCodes.BadData;
            default:
                await error.WriteLineAsync($"error: internal error ({e.GetType().Name}): {e.Message}").ConfigureAwait(false);
                return ExitCodes.BadData;
        }
    }
}
