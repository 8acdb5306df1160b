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
    private readonly Option<bool> _all = new("--all")
    {
        Description = "Write one assessment per partnership of the table into --out-dir, with rates per 1,000 (needs --population) "
            + "and comparisons with England and Wales, all partnerships and the nearest areas.",
    };
    private readonly Option<string?> _outDir = new("--out-dir")
    {
        Description = "With --all: the folder for the assessments, one file per partnership (made when missing).", HelpName = "DIR",
    };
    private readonly Option<string?> _mapping = new("--mapping")
    {
        Description = "With --all: a YAML file of partnership (name or code) to the district codes it covers, "
            + "e.g. 'East and Mid Devon: [E07000040, E07000042]', for partnerships of several districts.",
        HelpName = "FILE",
    };
    private readonly Option<string?> _neighbours = new("--neighbours")
    {
        Description = "With --all: the nearest districts of each district (ONS lad_neighbours.json). Default: that file beside "
            + "--population, when there is one.",
        HelpName = "FILE",
    };
    private readonly Option<string?> _harm = new("--harm")
    {
        Description = "With --all: a harm-weights table (as for import harm, e.g. the Cambridge Crime Harm Index cchi_weights.csv) "
            + "added to every partnership's assessment.",
        HelpName = "FILE",
    };
    private readonly Option<string?> _into = CliOptions.Into("volume facts");
    private readonly Option<string?> _out = CliOptions.Out();
    private readonly Option<string?> _format = CliOptions.Format();

    public static Command Create() => new ImportOnsCspCommand().Build();

    private Command Build()
    {
        var command = new Command("ons-csp", "Import ONS police recorded crime by Community Safety Partnership (Table C2) as volume facts.")
        {
            _input, _areas, _period, _partnership, _noDuties, _population, _all, _outDir, _mapping, _neighbours, _harm, _into, _out, _format,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        if (parse.GetValue(_all)) return await RunAllAsync(parse, cancellationToken).ConfigureAwait(false);
        if ((parse.GetValue(_outDir) ?? parse.GetValue(_mapping) ?? parse.GetValue(_neighbours) ?? parse.GetValue(_harm)) is not null)
            throw new UsageException("--out-dir, --mapping, --neighbours and --harm go with --all.");
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

    private Task<int> RunAllAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        if (parse.GetValue(_areas) is { Length: > 0 } || (parse.GetValue(_partnership) ?? parse.GetValue(_into) ?? parse.GetValue(_out)) is not null)
            throw new UsageException("--all writes every partnership into --out-dir; leave out --area, --partnership, --into and --out.");
        var options = new OnsCspNationalOptions
        {
            Input = parse.GetRequiredValue(_input),
            PopulationFile = parse.GetValue(_population)
                ?? throw new UsageException("--all needs --population FILE, the residents per district, for rates per 1,000."),
            MappingFile = parse.GetValue(_mapping),
            NeighboursFile = parse.GetValue(_neighbours),
            OutputFolder = parse.GetValue(_outDir)
                ?? throw new UsageException("--all needs --out-dir DIR, the folder for the assessments."),
            Json = parse.GetValue(_format) == "json",
            Period = parse.GetValue(_period),
            IncludeStatutoryDuties = !parse.GetValue(_noDuties),
        };
        return ImportOnsCspAll.RunAsync(parse, options, parse.GetValue(_harm), cancellationToken);
    }
}
