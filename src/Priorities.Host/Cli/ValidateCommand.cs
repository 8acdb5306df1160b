using System.CommandLine;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets;

namespace Priorities.Host.Cli;

/// <summary><c>priorities validate</c>: loads and compiles rule sets and reports every problem at once.</summary>
internal sealed class ValidateCommand
{
    private const string Description =
        "Check rule sets: load and compile each one named and report every problem at once, one per line on stderr, as file:line:col: error CODE: message; a valid set gets one summary line. Exit code 1 when any is invalid.";

    private readonly Option<string[]> _rules = CliOptions.Rules();
    private readonly Option<bool> _explainMerge = new("--explain-merge")
    {
        Description = "Also show where every aim, priority, dimension and rule came from, and what 'override' and 'remove' changed.",
    };

    public static Command Create() => new ValidateCommand().Build();

    private Command Build()
    {
        var command = new Command("validate", Description) { _rules, _explainMerge }.With(
            "priorities validate",
            "priorities validate --rules rules/oxford.yaml",
            "priorities validate --rules rules/",
            "priorities validate --rules my-partnership.yaml shared/extra.yaml",
            "priorities validate --rules rules/oxon-district.yaml --explain-merge");
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var results = RuleSetInputs.LoadAll(RuleSetInputs.Paths(parse, _rules));
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        foreach (var result in results)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (result.RuleSet is { } ruleSet)
            {
                var warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
                await output.WriteLineAsync(ValidationSummary.Line(result.Root, ruleSet.Info, ruleSet.Catalogue.Count, ruleSet.RuleCount, warnings)).ConfigureAwait(false);
            }
            if (parse.GetValue(_explainMerge)) await output.WriteAsync(MergeExplanation.Format(result)).ConfigureAwait(false);
            foreach (var diagnostic in result.Diagnostics) await error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }
        return results.All(r => r.Succeeded) ? ExitCodes.Success : ExitCodes.BadData;
    }
}
