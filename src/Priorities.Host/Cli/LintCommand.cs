using System.CommandLine;
using System.Globalization;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Linting;

namespace Priorities.Host.Cli;

/// <summary>
/// <c>priorities lint --rules R [--samples DIR|FILE…] [--format text|json]</c>: warnings with their place for what
/// makes a valid rule set weaker than it looks (<see cref="RuleSetLinter"/>). Exit 0 with warnings only, 1 when the
/// rule set (or a sample) does not load, 2 for usage mistakes.
/// </summary>
internal sealed class LintCommand
{
    private const string Description =
        "Warn, each at file:line:col, about weaknesses of a valid rule set: unscored dimensions, unproposable priorities, "
        + "shared categories, sentences without a number; with --samples also dead rules, unreached bands, light weights.";

    private readonly Option<string[]> _rules = CliOptions.Rules();
    private readonly Option<string[]> _samples = new("--samples", "-s")
    {
        Description = "Sample assessments (YAML or JSON files, folders of them, or shipped sample names) for the checks that evaluate.",
        HelpName = "DIR|FILE",
        AllowMultipleArgumentsPerToken = true,
        Validators = { CheckSamples },
    };

    private readonly Option<string> _format = new Option<string>("--format")
    {
        Description = "text (one warning per line) or json (rules/schemas/lint.schema.json). Default: text.",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong("text", "json");

    public static Command Create() => new LintCommand().Build();

    private Command Build()
    {
        var command = new Command("lint", Description) { _rules, _samples, _format }.With(
            "priorities lint --rules rules/oxford.yaml",
            "priorities lint --rules rules/matrix.yaml --samples samples/",
            "priorities lint --rules my-partnership.yaml --samples last-year.yaml this-year.yaml --format json");
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        var ruleSet = await RuleSetInputs.LoadOneAsync(RuleSetInputs.Paths(parse, _rules), error).ConfigureAwait(false);
        IReadOnlyList<Assessment> samples = parse.GetValue(_samples) is { Length: > 0 } given
            ? await AssessmentInputs.ReadAllAsync(AssessmentInputs.Paths(given), error).ConfigureAwait(false)
            : [];
        var warnings = await Task.Run(() => RuleSetLinter.Lint(ruleSet, samples, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        var skipped = RuleSetLinter.SampleChecksSkipped(ruleSet, samples.Count);
        var output = parse.InvocationConfiguration.Output;
        if (parse.GetValue(_format) == "json")
        {
            await output.WriteAsync(LintJson.Write(ruleSet.Info, samples.Count, skipped, warnings)).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        foreach (var warning in warnings) await output.WriteLineAsync(warning.ToString()).ConfigureAwait(false);
        if (skipped is not null) await output.WriteLineAsync("info: " + skipped).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{ruleSet.Info.Id} {ruleSet.Info.Version}: "
            + $"{warnings.Count} warning{Plural(warnings.Count)}, {samples.Count} sample{Plural(samples.Count)}")).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string Plural(int count) => count == 1 ? string.Empty : "s";

    private static void CheckSamples(System.CommandLine.Parsing.OptionResult result)
    {
        var missing = result.Tokens.Where(t => !File.Exists(t.Value) && !Directory.Exists(t.Value) && !ShippedAssessments.Contains(t.Value));
        foreach (var token in missing)
            result.AddError($"--samples '{token.Value}': no such file or folder, nor a shipped sample.");
    }
}
