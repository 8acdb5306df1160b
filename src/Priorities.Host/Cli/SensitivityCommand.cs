using System.CommandLine;
using System.Globalization;
using Priorities.Sensitivity;

namespace Priorities.Host.Cli;

/// <summary>
/// <c>priorities sensitivity</c>: how robust the proposed order is to the rule set's weights: rank intervals,
/// selection probabilities, verdicts and the single weight change that would flip each priority.
/// </summary>
internal sealed class SensitivityCommand
{
    private const string Description =
        "How robust is the proposed order? Varies every weight within the spread (seeded Monte Carlo) and each weight "
        + "alone (sweeps), and reports per priority its rank interval, how often it is selected, stable or marginal and "
        + "the smallest single weight change that moves it in or out of the plan; for the order, Kendall's tau.";

    private readonly PlanInputs _inputs = new();
    private readonly Option<string> _spread = new("--spread")
    {
        Description = "How far each weight may move, in percent (20% or 20): each weight w within [w(1-s), w(1+s)]. Default: 20%.",
        DefaultValueFactory = _ => "20%",
        HelpName = "PERCENT",
    };
    private readonly Option<int> _samples = new("--samples")
    {
        Description = "How many weightings to draw (1-1,000,000). Default: 2000.",
        DefaultValueFactory = _ => SensitivityOptions.Default.Samples,
        HelpName = "N",
    };
    private readonly Option<long> _seed = new("--seed")
    {
        Description = "The seed of the weightings: the same seed gives the same output. Default: 1.",
        DefaultValueFactory = _ => SensitivityOptions.Default.Seed,
        HelpName = "N",
    };
    private readonly Option<string> _format = new Option<string>("--format", "-f")
    {
        Description = "table or json.",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong("table", "json");
    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "The file to write (replaced atomically, only on success). Default: standard output.",
        HelpName = "FILE",
    };

    public static Command Create() => new SensitivityCommand().Build();

    private Command Build()
    {
        var command = new Command("sensitivity", Description).With(
            "priorities sensitivity",
            "priorities sensitivity --assessment samples/oxford-city-2024.yaml --spread 10% --samples 5000 --seed 7",
            "priorities sensitivity --rules rules/matrix.yaml --format json --out sensitivity.json");
        command.Options.Add(_inputs.Rules);
        command.Options.Add(_inputs.Assessment);
        _inputs.Budget.AddTo(command);
        command.Options.Add(_spread);
        command.Options.Add(_samples);
        command.Options.Add(_seed);
        command.Options.Add(_format);
        command.Options.Add(_out);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var options = Options(parse);
        var (ruleSet, assessment) = await _inputs.LoadAsync(parse).ConfigureAwait(false);
        var result = SensitivityAnalyzer.Analyze(ruleSet, assessment, options, cancellationToken);
        var text = parse.GetValue(_format) == "json"
            ? SensitivityResultSerializer.ToJson(result)
            : SensitivityTable.Format(result);
        await TextOutput.WriteAsync(parse.GetValue(_out), text, parse.InvocationConfiguration.Output, cancellationToken)
            .ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>The options as given, checked (PR6300, PR6301) before anything is loaded.</summary>
    private SensitivityOptions Options(ParseResult parse)
    {
        var text = parse.GetValue(_spread) ?? "20%";
        if (!double.TryParse(text.Trim().TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
            throw new UsageException($"--spread must be a percentage such as 20% or 20; '{text}' is not.");
        var options = new SensitivityOptions
        {
            Spread = percent / 100, Samples = parse.GetValue(_samples), Seed = parse.GetValue(_seed),
        };
        if (SensitivityAnalyzer.Check(options) is [var problem, ..])
            throw new UsageException($"{problem.Code}: {problem.Message}");
        return options;
    }

    /// <summary>The spread as a percentage for text: 20 for 0.2.</summary>
    internal static string Percent(double spread) =>
        Math.Round(spread * 100, 6).ToString("0.######", CultureInfo.InvariantCulture) + "%";
}
