using System.CommandLine;
using Priorities.Assessments;
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

    /// <summary>Loads the rule set and the assessment and evaluates; the plan is redacted when <c>--public</c> is given.</summary>
    public async Task<PlanResult> EvaluateAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var ruleSet = await RuleSetInputs.LoadOneAsync(RuleSetInputs.Paths(parse, Rules), parse.InvocationConfiguration.Error).ConfigureAwait(false);
        var path = parse.GetValue(Assessment) ?? DefaultFiles.Require(DefaultFiles.Assessment, "--assessment");
        var assessment = await ReadAssessmentAsync(path, cancellationToken).ConfigureAwait(false);
        var result = ruleSet.Evaluate(assessment, cancellationToken);
        return parse.GetValue(Public) ? PublicPlan.Redact(result) : result;
    }

    private static Task<Assessment> ReadAssessmentAsync(string path, CancellationToken cancellationToken) =>
        AssessmentFile.ReadAsync(path, cancellationToken);
}
