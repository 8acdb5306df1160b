using System.CommandLine;
using Priorities.Assessments;
using Priorities.Reports;
using Priorities.Results;

namespace Priorities.Host.Cli;

/// <summary>The inputs of a plan shared by <c>propose</c> and <c>explain</c>: <c>--rules</c>, <c>--assessment</c>, <c>--public</c>.</summary>
internal sealed class PlanInputs
{
    public Option<string[]> Rules { get; } = CliOptions.Rules();

    public Option<string?> Assessment { get; } = CliOptions.Assessment();

    public Option<bool> Public { get; } = new("--public")
    {
        Description = "Leave out evidence marked sensitive (and the rules that matched it), as in a public report.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Rules);
        command.Options.Add(Assessment);
        command.Options.Add(Public);
    }

    /// <summary>Whether <c>--public</c> was given.</summary>
    public bool IsPublic(ParseResult parse) => parse.GetValue(Public);

    /// <summary>The plan as <c>--public</c> asks: without its sensitive items when given (ranks and scores unchanged).</summary>
    public PlanResult View(ParseResult parse, PlanResult result) => IsPublic(parse) ? PublicView.Of(result).Result : result;

    /// <summary>Loads the rule set and the assessment and evaluates: the full plan, sensitive items included.</summary>
    public async Task<PlanResult> EvaluateAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var ruleSet = await RuleSetInputs.LoadOneAsync(RuleSetInputs.Paths(parse, Rules), parse.InvocationConfiguration.Error).ConfigureAwait(false);
        var path = parse.GetValue(Assessment) ?? DefaultFiles.Require(DefaultFiles.Assessment, "--assessment");
        var assessment = await ReadAssessmentAsync(path, parse.InvocationConfiguration.Error).ConfigureAwait(false);
        return ruleSet.Evaluate(assessment, cancellationToken);
    }

    /// <summary>The assessment, its warnings written to <paramref name="error"/>; every error as a <see cref="DiagnosticsException"/>.</summary>
    private static async Task<Assessment> ReadAssessmentAsync(string path, TextWriter error)
    {
        var loaded = AssessmentReader.Read(path);
        if (loaded.Assessment is null) throw new DiagnosticsException(RuleSetInputs.Lines(loaded.Diagnostics));
        foreach (var warning in loaded.Diagnostics) await error.WriteLineAsync(warning.ToString()).ConfigureAwait(false);
        return loaded.Assessment;
    }
}
