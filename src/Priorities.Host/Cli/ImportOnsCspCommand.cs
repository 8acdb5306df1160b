using System.CommandLine;
using Priorities.Import;
using Priorities.Import.Ons;

namespace Priorities.Host.Cli;

/// <summary><c>priorities import ons-csp</c>: the ONS table of recorded crime by Community Safety Partnership → volume facts.</summary>
internal sealed class ImportOnsCspCommand
{
    private readonly Option<string> _input = CliOptions.Input("The ONS 'recorded crime by Community Safety Partnership area' table (Table C2) as CSV.");
    private readonly Option<string[]> _areas = new("--area", "-a") { Description = "A partnership to keep, by name or ONS code. Repeat for several. Default: all.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<MonthRange?> _period = CliOptions.Months("--period", "The months the table covers. Default: read from its title ('year ending June 2025').", required: false);
    private readonly Option<string?> _partnership = new("--partnership") { Description = "The partnership's name when several areas are kept." };
    private readonly Option<bool> _noDuties = new("--no-duties") { Description = "Leave out the statutory duties in force in every partnership." };
    private readonly Option<string?> _population = new("--population") { Description = "A CSV of residents per area (e.g. the ONS census table lad_population_2011_2021.csv), matched by the partnership's name or code, for its population and rates per 1,000.", HelpName = "FILE" };
    private readonly Option<string?> _into = CliOptions.Into("volume facts");
    private readonly Option<string?> _out = CliOptions.Out();
    private readonly Option<string?> _format = CliOptions.Format();

    public static Command Create() => new ImportOnsCspCommand().Build();

    private Command Build()
    {
        var command = new Command("ons-csp", "Import ONS police recorded crime by Community Safety Partnership (Table C2) as volume facts.")
        {
            _input, _areas, _period, _partnership, _noDuties, _population, _into, _out, _format,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var options = new OnsCspImportOptions
        {
            Input = parse.GetRequiredValue(_input),
            Areas = parse.GetValue(_areas) ?? [],
            Period = parse.GetValue(_period),
            PartnershipName = parse.GetValue(_partnership),
            IncludeStatutoryDuties = !parse.GetValue(_noDuties),
            PopulationFile = parse.GetValue(_population),
        };
        var result = await OnsCspImporter.ImportAsync(options, cancellationToken).ConfigureAwait(false);
        var into = parse.GetValue(_into);
        return await ImportOutcome.WriteAsync(parse, result, AssessmentOutput.From(parse, _out, _format, into), cancellationToken, into).ConfigureAwait(false);
    }
}
