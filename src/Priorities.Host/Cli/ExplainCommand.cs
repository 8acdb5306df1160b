using System.CommandLine;
using Priorities.Results;
using Priorities.Yaml;

namespace Priorities.Host.Cli;

/// <summary><c>priorities explain --priority ID</c>: why one priority ranked where it did, or why it was left out.</summary>
internal sealed class ExplainCommand
{
    private const string Description =
        "Explain one priority: rank, score breakdown, rationale, the rules that fired (because text, raw scores) and the evidence with sources; for a candidate not selected, its score, shortfall and why not. Same inputs as propose.";

    private readonly PlanInputs _inputs = new();
    private readonly Option<string> _priority = new("--priority", "-p")
    {
        Description = "The catalogue id of the priority to explain, such as anti-social-behaviour.",
        HelpName = "ID",
        Required = true,
    };

    public static Command Create() => new ExplainCommand().Build();

    private Command Build()
    {
        var command = new Command("explain", Description) { _priority }.With(
            "priorities explain --priority anti-social-behaviour",
            "priorities explain --priority hate-crime --rules rules/matrix.yaml --assessment samples/northumbria-gateshead.yaml",
            "priorities explain --priority prevent --public");
        _inputs.AddTo(command);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var id = parse.GetRequiredValue(_priority);
        var result = _inputs.View(parse, await _inputs.EvaluateAsync(parse, cancellationToken).ConfigureAwait(false));
        var text = Explain(result, id);
        await TextOutput.WriteAsync(null, text, parse.InvocationConfiguration.Output, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>
    /// The explanation of <paramref name="id"/>. An id the plan does not know is a command-line mistake: it throws
    /// <see cref="UsageException"/> (exit 2) with the nearest id, or the ids when none is near.
    /// </summary>
    public static string Explain(PlanResult result, string id)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Priorities.FirstOrDefault(p => p.Id == id) is { } selected) return PriorityExplanation.Selected(selected, result);
        if (result.NotSelected.FirstOrDefault(c => c.Id == id) is { } candidate) return PriorityExplanation.NotSelected(candidate, result);
        if (result.EvidenceGaps.FirstOrDefault(g => g.Id == id) is { } gap) return EvidenceGapText.Explain(gap, result);
        var ids = result.Priorities.Select(p => p.Id).Concat(result.NotSelected.Select(c => c.Id))
            .Concat(result.EvidenceGaps.Select(g => g.Id)).ToArray();
        var nearest = result.NearestPriorityId(id);
        var hint = nearest is null ? $" The priorities are: {string.Join(", ", ids.Order(StringComparer.Ordinal))}." : $" Did you mean '{nearest}'?";
        throw new UsageException($"--priority: rule set {result.RuleSet.Id} has no priority '{id}'.{hint}");
    }
}
