using System.CommandLine;
using System.Text;
using Priorities.Import;
using Priorities.Import.Concern;

namespace Priorities.Host.Cli;

/// <summary><c>priorities import concern</c>: a survey concern index (e.g. CSEW, Latin-1) → concern facts of an assessment.</summary>
internal sealed class ImportConcernCommand
{
    private readonly Option<string> _input = CliOptions.Input("The concern index CSV (Varname, Date, Demographic, Index, Poll, Question).");
    private readonly Option<string?> _into = CliOptions.Into("concern facts", required: true);
    private readonly Option<string> _demographic = new("--demographic") { Description = "The population whose share to take.", DefaultValueFactory = _ => "All adults" };
    private readonly Option<string> _encoding = new Option<string>("--encoding") { Description = "The file's encoding.", DefaultValueFactory = _ => "latin1" }.AcceptOnlyFromAmong("latin1", "utf-8");
    private readonly Option<string?> _out = CliOptions.Out();
    private readonly Option<string?> _format = CliOptions.Format();

    public static Command Create() => new ImportConcernCommand().Build();

    private Command Build()
    {
        var command = new Command("concern", "Add survey concern per category (e.g. the CSEW crime concern index) to an assessment.")
        {
            _input, _into, _demographic, _encoding, _out, _format,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var options = new ConcernImportOptions
        {
            Input = parse.GetRequiredValue(_input),
            Demographic = parse.GetValue(_demographic) ?? "All adults",
            Encoding = parse.GetValue(_encoding) == "utf-8" ? new UTF8Encoding(false) : Encoding.Latin1,
        };
        var result = await ConcernImporter.ImportAsync(options, cancellationToken).ConfigureAwait(false);
        var into = parse.GetRequiredValue(_into)!;
        return await ImportOutcome.WriteAsync(parse, result, AssessmentOutput.From(parse, _out, _format, into), cancellationToken, into).ConfigureAwait(false);
    }
}
