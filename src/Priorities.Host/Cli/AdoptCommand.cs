using System.CommandLine;
using Priorities.Adoption;

namespace Priorities.Host.Cli;

/// <summary>
/// <c>priorities adopt --proposal plan.json --decisions decisions.yaml --out adopted.json</c>: applies a board's
/// decisions to a proposal and writes the decision record (canonical JSON). Refusals go to stderr, exit code 1.
/// </summary>
internal sealed class AdoptCommand
{
    private const string Description =
        "Record what a board adopted: apply its decisions (add, remove, move, rename, set-lead, set-funding, each with a reason) to a proposal and write the decision record as canonical JSON. Refusals (such as removing a statutory duty) go to stderr as file:line:col: error CODE: message, exit code 1.";

    private readonly Option<string> _proposal = new("--proposal")
    {
        Description = "The proposal: the JSON of 'priorities propose --format json'.",
        Required = true,
    };

    private readonly Option<string> _decisions = new("--decisions")
    {
        Description = "The board's decisions (YAML): meeting {body, date, minute} and changes [{action, priority, reason, ...}].",
        Required = true,
    };

    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "Where the decision record goes; standard output when absent.",
    };

    public static Command Create() => new AdoptCommand().Build();

    private Command Build()
    {
        var command = new Command("adopt", Description) { _proposal, _decisions, _out }.With(
            "priorities propose --assessment oxford-2024.yaml --format json --out plan.json",
            "priorities adopt --proposal plan.json --decisions decisions.yaml --out adopted.json");
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var proposalPath = parse.GetRequiredValue(_proposal);
        var decisionsPath = parse.GetRequiredValue(_decisions);
        var proposal = await File.ReadAllBytesAsync(proposalPath, cancellationToken).ConfigureAwait(false);
        var decisions = await File.ReadAllTextAsync(decisionsPath, cancellationToken).ConfigureAwait(false);
        var result = BoardAdoption.Adopt(proposal, proposalPath, decisions, decisionsPath);
        if (!result.Succeeded) throw new DiagnosticsException(RuleSetInputs.Lines(result.Diagnostics));
        var output = parse.InvocationConfiguration.Output;
        if (parse.GetValue(_out) is not { } path)
        {
            await output.WriteAsync(DecisionRecordSerializer.Text(result.CanonicalJson!)).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        await File.WriteAllBytesAsync(path, result.CanonicalJson!, cancellationToken).ConfigureAwait(false);
        var record = result.Record!;
        await output.WriteLineAsync(
            $"{path}: {record.Adopted.Count} priorities adopted by {record.Meeting.Body} on {record.Meeting.Date} "
            + $"({record.Changes.Count} changes to the proposal).").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
