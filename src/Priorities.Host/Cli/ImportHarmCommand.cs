using System.CommandLine;
using Priorities.Import;
using Priorities.Import.Harm;

namespace Priorities.Host.Cli;

/// <summary><c>priorities import harm</c>: a harm-weights table (e.g. the Cambridge Crime Harm Index) → harm facts of an assessment.</summary>
internal sealed class ImportHarmCommand
{
    private readonly Option<string> _input = CliOptions.Input("A CSV of harm weights per category (columns crime_type/category and cchi_days/weight).");
    private readonly Option<string?> _into = CliOptions.Into("harm facts", required: true);
    private readonly Option<string?> _force = new("--force") { Description = "The force whose rows to keep, when the table has a force column." };
    private readonly Option<string> _unit = new("--unit") { Description = "The unit of the weights.", DefaultValueFactory = _ => "CCHI days" };
    private readonly Option<string?> _source = new("--source") { Description = "Where the weights came from. Default: the Cambridge Crime Harm Index and the file name." };
    private readonly Option<string?> _date = new("--date") { Description = "When the weights were published (YYYY, YYYY-MM or YYYY-MM-DD)." };
    private readonly Option<double?> _missing = new("--missing-weight") { Description = "A weight for the categories the table lacks (e.g. 1 for anti-social behaviour)." };
    private readonly Option<string?> _out = CliOptions.Out();
    private readonly Option<string?> _format = CliOptions.Format();

    public static Command Create() => new ImportHarmCommand().Build();

    private Command Build()
    {
        var command = new Command("harm", "Add harm weights per category (e.g. Cambridge Crime Harm Index days) to an assessment.")
        {
            _input, _into, _force, _unit, _source, _date, _missing, _out, _format,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var options = new HarmImportOptions
        {
            Input = parse.GetRequiredValue(_input),
            Force = parse.GetValue(_force),
            Unit = parse.GetValue(_unit) ?? "CCHI days",
            Source = parse.GetValue(_source),
            Date = parse.GetValue(_date),
            MissingWeight = parse.GetValue(_missing),
        };
        var result = await HarmImporter.ImportAsync(options, cancellationToken).ConfigureAwait(false);
        var into = parse.GetRequiredValue(_into)!;
        return await ImportOutcome.WriteAsync(parse, result, AssessmentOutput.From(parse, _out, _format, into), cancellationToken, into).ConfigureAwait(false);
    }
}
