using System.CommandLine;
using System.Globalization;
using Priorities.RuleSets.Model;

namespace Priorities.Host.Cli;

/// <summary>
/// <c>--max-partial-matches</c>, <c>--max-firings</c> and <c>--max-seconds</c>: the evaluation budget of
/// <c>propose</c>, <c>explain</c> and <c>serve</c> (each left out keeps its default; going over it is PR5004).
/// </summary>
internal sealed class BudgetOptions
{
    public Option<long?> MaxPartialMatches { get; } = new("--max-partial-matches")
    {
        Description = Text("Most partial matches (tuples of facts joined) one evaluation may build",
            EvaluationBudget.Default.MaxPartialMatches),
        HelpName = "N",
    };

    public Option<int?> MaxFirings { get; } = new("--max-firings")
    {
        Description = Text("Most rule firings one evaluation may make", EvaluationBudget.Default.MaxFirings),
        HelpName = "N",
    };

    public Option<double?> MaxSeconds { get; } = new("--max-seconds")
    {
        Description = Text("Most seconds one evaluation may take", EvaluationBudget.Default.MaxDuration.TotalSeconds),
        HelpName = "S",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(MaxPartialMatches);
        command.Options.Add(MaxFirings);
        command.Options.Add(MaxSeconds);
        MaxPartialMatches.Validators.Add(r => Check(r, v => v > 0, "must be positive"));
        MaxFirings.Validators.Add(r => Check(r, v => v > 0, "must be positive"));
        MaxSeconds.Validators.Add(r => Check(r, v => v > 0 && v <= 3600, "must be more than 0 and at most 3600"));
    }

    /// <summary>The budget the options ask for: the default where an option is left out.</summary>
    public EvaluationBudget Read(ParseResult parse)
    {
        var (partial, firings, seconds) = (parse.GetValue(MaxPartialMatches), parse.GetValue(MaxFirings), parse.GetValue(MaxSeconds));
        if (partial is null && firings is null && seconds is null) return EvaluationBudget.Default;
        var budget = EvaluationBudget.Default;
        return budget with
        {
            MaxPartialMatches = partial ?? budget.MaxPartialMatches,
            MaxFirings = firings ?? budget.MaxFirings,
            MaxDuration = seconds is { } s ? TimeSpan.FromSeconds(s) : budget.MaxDuration,
        };
    }

    /// <summary>Checks the value as written (one that is not a number is left to the parser's own error).</summary>
    private static void Check(System.CommandLine.Parsing.OptionResult r, Func<double, bool> valid, string rule)
    {
        if (r.Tokens is [var token] && double.TryParse(token.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            && !valid(v))
            r.AddError($"{r.Option.Name} {rule}.");
    }

    private static string Text(string what, double value) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}; over it, the evaluation stops with PR5004. Default: {value:N0}.");
}
