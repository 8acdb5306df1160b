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
        var assessment = await ReadAssessmentAsync(path, cancellationToken).ConfigureAwait(false);
        return ruleSet.Evaluate(assessment, cancellationToken);
    }

    private static Task<Assessment> ReadAssessmentAsync(string path, CancellationToken cancellationToken) =>
        AssessmentFile.ReadAsync(path, cancellationToken);
}
