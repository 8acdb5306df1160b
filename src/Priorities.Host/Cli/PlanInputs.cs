using System.CommandLine;
using Priorities.Assessments;
using Priorities.Reports;
using Priorities.Results;
using Priorities.RollUps;
using Priorities.RuleSets;
using Priorities.RuleSets.Model;

namespace Priorities.Host.Cli;

/// <summary>
/// The inputs of a plan shared by <c>propose</c> and <c>explain</c>: <c>--rules</c>, <c>--assessment</c>, <c>--public</c>
/// and the evaluation budget.
/// </summary>
internal sealed class PlanInputs
{
    public Option<string[]> Rules { get; } = CliOptions.Rules();

    public Option<string[]> Assessment { get; } = CliOptions.Assessment();

    public Option<bool> Public { get; } = new("--public")
    {
        Description = "Leave out evidence marked sensitive (and the rules that matched it), as in a public report.",
    };

    public BudgetOptions Budget { get; } = new();

    public void AddTo(Command command)
    {
        command.Options.Add(Rules);
        command.Options.Add(Assessment);
        command.Options.Add(Public);
        Budget.AddTo(command);
    }

    /// <summary>Whether <c>--public</c> was given.</summary>
    public bool IsPublic(ParseResult parse) => parse.GetValue(Public);

    /// <summary>The plan as <c>--public</c> asks: without its sensitive items when given (ranks and scores unchanged).</summary>
    public PlanResult View(ParseResult parse, PlanResult result) => IsPublic(parse) ? PublicView.Of(result).Result : result;

    /// <summary>
    /// Loads the rule set and the assessment and evaluates: the full plan, sensitive items included. When either is
    /// invalid, the diagnostics of both are reported together.
    /// </summary>
    public async Task<PlanResult> EvaluateAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (ruleSet, assessment) = await LoadAsync(parse).ConfigureAwait(false);
        return ruleSet.Evaluate(assessment, cancellationToken);
    }

    /// <summary>
    /// Loads the rule set (a plan rule set, not a roll-up) and the one assessment, warnings written to standard error.
    /// When either is invalid, the diagnostics of both are reported together.
    /// </summary>
    public async Task<(PlanRuleSet RuleSet, Assessment Assessment)> LoadAsync(ParseResult parse)
    {
        var error = parse.InvocationConfiguration.Error;
        var (ruleSet, ruleErrors) = await TryLoadRulesAsync(parse, error).ConfigureAwait(false);
        var paths = AssessmentPaths(parse);
        if (paths.Count > 1) throw new UsageException($"--assessment names {paths.Count} assessments; this command takes one.");
        var loaded = ShippedInputs.ReadAssessment(paths[0]);
        var assessmentErrors = loaded.Assessment is null ? RuleSetInputs.Lines(loaded.Diagnostics) : [];
        if (ruleSet is null || loaded.Assessment is null) throw new DiagnosticsException([.. ruleErrors, .. assessmentErrors]);
        if (ruleSet.IsRollUp) throw new UsageException($"--rules: '{ruleSet.Info.Id}' is a roll-up rule set; name it with --rollup.");
        foreach (var warning in loaded.Diagnostics) await error.WriteLineAsync(warning.ToString()).ConfigureAwait(false);
        return (ruleSet, loaded.Assessment);
    }

    /// <summary>The assessments <c>--assessment</c> names, folders expanded (one null: the default sample).</summary>
    public IReadOnlyList<string?> AssessmentPaths(ParseResult parse) => AssessmentInputs.Paths(parse.GetValue(Assessment));

    /// <summary>
    /// Loads the rule set once and every assessment, then evaluates them all in parallel: the plans in input order,
    /// each as if proposed alone. Invalid inputs report the diagnostics of all of them together.
    /// </summary>
    public async Task<IReadOnlyList<DistrictPlan>> EvaluateAllAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        var (ruleSet, ruleErrors) = await TryLoadRulesAsync(parse, error).ConfigureAwait(false);
        IReadOnlyList<Assessment> assessments = [];
        try
        {
            assessments = await AssessmentInputs.ReadAllAsync(AssessmentPaths(parse), error).ConfigureAwait(false);
        }
        catch (DiagnosticsException invalid)
        {
            throw new DiagnosticsException([.. ruleErrors, .. invalid.Lines]);
        }
        if (ruleSet is null) throw new DiagnosticsException(ruleErrors);
        if (ruleSet.IsRollUp) throw new UsageException($"--rules: '{ruleSet.Info.Id}' is a roll-up rule set; name it with --rollup.");
        var plans = ruleSet.EvaluateAll(assessments, cancellationToken);
        return assessments.Select((a, i) => new DistrictPlan(a, plans[i])).ToArray();
    }

    private async Task<(PlanRuleSet? RuleSet, IReadOnlyList<string> Errors)> TryLoadRulesAsync(ParseResult parse, TextWriter error)
    {
        try
        {
            var ruleSet = await RuleSetInputs.LoadOneAsync(RuleSetInputs.Paths(parse, Rules), error).ConfigureAwait(false);
            var budget = Budget.Read(parse);
            return (ReferenceEquals(budget, EvaluationBudget.Default) ? ruleSet : ruleSet.WithBudget(budget), []);
        }
        catch (DiagnosticsException invalid)
        {
            return (null, invalid.Lines);
        }
    }
}
