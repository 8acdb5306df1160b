using System.CommandLine;
using Priorities.Results;

namespace Priorities.Host.Cli;

/// <summary><c>priorities propose</c>: evaluates an assessment against a rule set and prints the proposed plan.</summary>
internal sealed class ProposeCommand
{
    private const string Description = """
        Propose a plan: rank a rule set's priorities against a strategic assessment, with scores and status.
        Without options it runs the shipped Oxford rule set (rules/oxford.yaml) over the shipped Oxford sample.

        Examples:
          priorities propose
          priorities propose --rules rules/matrix.yaml --assessment samples/northumbria-gateshead.yaml
          priorities propose --format json --out plan.json
          priorities propose --public --format json
        """;

    private readonly PlanInputs _inputs = new();
    private readonly Option<string> _format = new Option<string>("--format", "-f")
    {
        Description = "table (for a terminal) or json (the full result, deterministic).",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong("table", "json");
    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "The file to write (replaced atomically, only on success). Default: standard output.",
        HelpName = "FILE",
    };

    public static Command Create() => new ProposeCommand().Build();

    private Command Build()
    {
        var command = new Command("propose", Description);
        _inputs.AddTo(command);
        command.Options.Add(_format);
        command.Options.Add(_out);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var result = await _inputs.EvaluateAsync(parse, cancellationToken).ConfigureAwait(false);
        var text = Render(result, parse.GetValue(_format) ?? "table");
        await TextOutput.WriteAsync(parse.GetValue(_out), text, parse.InvocationConfiguration.Output, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string Render(PlanResult result, string format) => format switch
    {
        "json" => PlanResultSerializer.ToJson(result),
        _ => PlanTable.Format(result),
    };
}
