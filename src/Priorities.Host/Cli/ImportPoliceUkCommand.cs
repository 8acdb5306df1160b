using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Priorities.Import;
using Priorities.Import.PoliceUk;

namespace Priorities.Host.Cli;

/// <summary><c>priorities import police-uk</c>: data.police.uk street-level CSVs → trend facts and data-quality notes.</summary>
internal sealed class ImportPoliceUkCommand
{
    private readonly Option<string[]> _inputs = CliOptions.Inputs("data.police.uk street-level CSV files (plain or .gz) or folders of them (a download as it is: searched recursively; its outcomes and stop-and-search files are left out).");
    private readonly Option<string[]> _areas = new("--area", "-a") { Description = "An area to count: an LSOA name without its code (e.g. 'Oxford'), after --mapping. Repeat for several. Default: every area.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<MonthRange?> _current = CliOptions.Months("--current", "The current window.", required: true);
    private readonly Option<MonthRange?> _previous = CliOptions.Months("--previous", "The window to compare with. Default: the same months a year earlier.", required: false);
    private readonly Option<string?> _mapping = new("--mapping") { Description = "A CSV (from,to) or YAML (from: to) file that renames or joins areas.", HelpName = "FILE", Validators = { CheckFile } };
    private readonly Option<bool> _allowGaps = new("--allow-gaps") { Description = "Note months with no rows for an area instead of failing." };
    private readonly Option<bool> _series = new("--series") { Description = "Add each trend's monthly counts over every month read." };
    private readonly Option<string?> _partnership = new("--partnership") { Description = "The partnership's name. Default: the areas, joined." };
    private readonly Option<string?> _code = new("--code") { Description = "The partnership's ONS code, e.g. E22000308." };
    private readonly Option<string?> _label = new("--label") { Description = "A readable name for the current period." };
    private readonly Option<bool> _noDuties = new("--no-duties") { Description = "Leave out the statutory duties in force in every partnership." };
    private readonly Option<string[]> _population = new("--population") { Description = "AREA=RESIDENTS, or a CSV of residents per area (e.g. the ONS census table lad_population_2011_2021.csv, matched by area name), for rates per 1,000. Repeat for several.", AllowMultipleArgumentsPerToken = true, Validators = { CheckPopulations } };
    private readonly Option<string?> _out = CliOptions.Out();
    private readonly Option<string?> _format = CliOptions.Format();

    public static Command Create() => new ImportPoliceUkCommand().Build();

    private Command Build()
    {
        var command = new Command("police-uk", "Import data.police.uk street-level crime: counts per category and area for a window against the previous one.")
        {
            _inputs, _areas, _current, _previous, _mapping, _allowGaps, _series, _partnership, _code, _label, _noDuties, _population, _out, _format,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var options = new PoliceUkImportOptions
        {
            Inputs = parse.GetRequiredValue(_inputs),
            Areas = parse.GetValue(_areas) ?? [],
            Current = parse.GetRequiredValue(_current)!.Value,
            Previous = parse.GetValue(_previous),
            MappingFile = parse.GetValue(_mapping),
            AllowGaps = parse.GetValue(_allowGaps),
            IncludeSeries = parse.GetValue(_series),
            PartnershipName = parse.GetValue(_partnership),
            PartnershipCode = parse.GetValue(_code),
            PeriodLabel = parse.GetValue(_label),
            IncludeStatutoryDuties = !parse.GetValue(_noDuties),
            Populations = Populations(parse.GetValue(_population) ?? []),
            PopulationFile = (parse.GetValue(_population) ?? []).LastOrDefault(IsFile),
        };
        var result = await PoliceUkImporter.ImportAsync(options, cancellationToken).ConfigureAwait(false);
        return await ImportOutcome.WriteAsync(parse, result, AssessmentOutput.From(parse, _out, _format), cancellationToken).ConfigureAwait(false);
    }

    private static void CheckFile(OptionResult result)
    {
        foreach (var token in result.Tokens.Where(t => !File.Exists(t.Value)))
            result.AddError($"{result.Option.Name} '{token.Value}': no such file.");
    }

    private static void CheckPopulations(OptionResult result)
    {
        foreach (var token in result.Tokens.Where(t => !IsFile(t.Value) && !TryPopulation(t.Value, out _, out _)))
            result.AddError($"--population '{token.Value}': expected AREA=RESIDENTS (e.g. Oxford=162100) or an existing CSV file.");
    }

    private static Dictionary<string, int> Populations(string[] values)
    {
        var result = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            if (!IsFile(value) && TryPopulation(value, out var area, out var residents)) result[area] = residents;
        }
        return result;
    }

    private static bool IsFile(string text) => !text.Contains('=', StringComparison.Ordinal) && File.Exists(text);

    private static bool TryPopulation(string text, out string area, out int residents)
    {
        var equals = text.LastIndexOf('=');
        area = equals > 0 ? text[..equals].Trim() : string.Empty;
        residents = 0;
        return equals > 0 && area.Length > 0
            && int.TryParse(text[(equals + 1)..].Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out residents)
            && residents > 0;
    }
}
