using System.CommandLine;
using Priorities.Assessments;
using Priorities.Diffs;
using Priorities.RuleSets;
using Priorities.RuleSets.Model;

namespace Priorities.Host.Cli;

/// <summary>
/// The inputs of <c>diff</c>: the new rule set (<c>--rules</c>) and assessment (<c>--assessment</c>), and exactly one of
/// the old rule set (<c>--against</c>) or the old assessment (<c>--assessment-against</c>); loading all of them
/// reports every invalid input together.
/// </summary>
internal sealed class DiffInputs
{
    public Option<string[]> Rules { get; } = CliOptions.Rules();

    public Option<string[]> Against { get; } = Renamed(CliOptions.Rules(), "--against",
        "The old rule set to compare --rules with over the same assessment: rule files, folders of them or a shipped name.", "PATH");

    public Option<string[]> Assessment { get; } = CliOptions.Assessment();

    public Option<string[]> AssessmentAgainst { get; } = Renamed(CliOptions.Assessment(), "--assessment-against",
        "The old assessment (such as last year's) to compare --assessment with under the one rule set --rules: "
        + "YAML or JSON, or a shipped sample.", "FILE");

    public BudgetOptions Budget { get; } = new();

    public void AddTo(Command command)
    {
        command.Options.Add(Rules);
        command.Options.Add(Against);
        command.Options.Add(Assessment);
        command.Options.Add(AssessmentAgainst);
        Budget.AddTo(command);
        command.Validators.Add(result =>
        {
            var against = result.GetResult(Against) is { Tokens.Count: > 0 };
            var assessmentAgainst = result.GetResult(AssessmentAgainst) is { Tokens.Count: > 0 };
            if (against == assessmentAgainst)
                result.AddError("give exactly one of --against RULES (two rule sets over one assessment) and "
                    + "--assessment-against ASSESSMENT (two assessments under one rule set).");
        });
    }

    /// <summary>Loads everything the options name and compares the two plans.</summary>
    public async Task<PlanDiff> DiffAsync(ParseResult parse, bool publicView, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        var errors = new List<string>();
        var rules = await TryAsync(() => LoadRulesAsync(parse, Rules, "--rules", error), errors).ConfigureAwait(false);
        var againstPaths = parse.GetValue(Against) ?? [];
        var against = againstPaths.Length == 0 ? null
            : await TryAsync(() => LoadRulesAsync(parse, Against, "--against", error), errors).ConfigureAwait(false);
        var assessment = await TryAsync(() => ReadAsync(One(parse, Assessment, "--assessment"), error), errors).ConfigureAwait(false);
        var oldAssessment = parse.GetValue(AssessmentAgainst) is { Length: > 0 }
            ? await TryAsync(() => ReadAsync(One(parse, AssessmentAgainst, "--assessment-against"), error), errors).ConfigureAwait(false)
            : null;
        if (errors.Count > 0 || rules is null || assessment is null) throw new DiagnosticsException(errors);
        return against is not null
            ? RuleSetDiffer.Diff(rules, against, assessment, publicView, cancellationToken)
            : RuleSetDiffer.DiffAssessments(rules, assessment, oldAssessment!, publicView, cancellationToken);
    }

    private async Task<PlanRuleSet> LoadRulesAsync(ParseResult parse, Option<string[]> option, string name, TextWriter error)
    {
        var ruleSet = await RuleSetInputs.LoadOneAsync(RuleSetInputs.Paths(parse, option), error).ConfigureAwait(false);
        if (ruleSet.IsRollUp) throw new UsageException($"{name}: '{ruleSet.Info.Id}' is a roll-up rule set; diff compares plan rule sets.");
        var budget = Budget.Read(parse);
        return ReferenceEquals(budget, EvaluationBudget.Default) ? ruleSet : ruleSet.WithBudget(budget);
    }

    private static string? One(ParseResult parse, Option<string[]> option, string name)
    {
        var paths = AssessmentInputs.Paths(parse.GetValue(option));
        return paths.Count == 1 ? paths[0] : throw new UsageException($"{name} names {paths.Count} assessments; diff takes one.");
    }

    private static async Task<Assessment> ReadAsync(string? path, TextWriter error)
    {
        var loaded = ShippedInputs.ReadAssessment(path);
        if (loaded.Assessment is null) throw new DiagnosticsException(RuleSetInputs.Lines(loaded.Diagnostics));
        foreach (var warning in loaded.Diagnostics) await error.WriteLineAsync(warning.ToString()).ConfigureAwait(false);
        return loaded.Assessment;
    }

    /// <summary>The value, or null with its diagnostics added to <paramref name="errors"/> (usage errors still throw).</summary>
    private static async Task<T?> TryAsync<T>(Func<Task<T>> load, List<string> errors) where T : class
    {
        try
        {
            return await load().ConfigureAwait(false);
        }
        catch (DiagnosticsException invalid)
        {
            errors.AddRange(invalid.Lines);
            return null;
        }
    }

    /// <summary>An option like <paramref name="template"/> (its path checks too) under another name.</summary>
    private static Option<string[]> Renamed(Option<string[]> template, string name, string description, string helpName)
    {
        var renamed = new Option<string[]>(name) { Description = description, HelpName = helpName, AllowMultipleArgumentsPerToken = true };
        foreach (var validator in template.Validators) renamed.Validators.Add(validator);
        return renamed;
    }
}
