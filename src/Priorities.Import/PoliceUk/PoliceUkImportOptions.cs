using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>What <see cref="PoliceUkImporter"/> reads and how it builds the assessment.</summary>
public sealed record PoliceUkImportOptions
{
    /// <summary>
    /// Files and folders to read. Files are read whatever their name (plain or gzip, told by content); folders are
    /// searched recursively for <c>*.csv</c> and <c>*.csv.gz</c>, leaving out (with a warning) the outcomes and
    /// stop-and-search files that a data.police.uk download puts beside the street-level ones.
    /// </summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>
    /// The areas to count (LSOA name without its code, after <see cref="MappingFile"/>), matched ignoring case and
    /// spelled in the output as given here. Empty: every area in the files.
    /// </summary>
    public IReadOnlyList<string> Areas { get; init; } = [];

    /// <summary>The current window.</summary>
    public required MonthRange Current { get; init; }

    /// <summary>The window to compare with; by default the same months a year earlier.</summary>
    public MonthRange? Previous { get; init; }

    /// <summary>A CSV (<c>from,to</c>) or YAML (<c>from: to</c>) file that renames or joins areas.</summary>
    public string? MappingFile { get; init; }

    /// <summary>Whether months with no rows for an area are accepted (and noted) instead of failing the import.</summary>
    public bool AllowGaps { get; init; }

    /// <summary>Whether each trend carries the monthly counts of every month read.</summary>
    public bool IncludeSeries { get; init; }

    /// <summary>The partnership's name; by default the area, or the areas joined with commas.</summary>
    public string? PartnershipName { get; init; }

    /// <summary>The partnership's ONS code, if known.</summary>
    public string? PartnershipCode { get; init; }

    /// <summary>A readable name for the current period; by default the months in words.</summary>
    public string? PeriodLabel { get; init; }

    /// <summary>Whether the duties in force in every partnership are added (see <c>StatutoryDuties</c>).</summary>
    public bool IncludeStatutoryDuties { get; init; } = true;

    /// <summary>Residents per area (by area name, ignoring case), for the trends' rate per 1,000.</summary>
    public IReadOnlyDictionary<string, int> Populations { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// A CSV of usual residents per area (such as the ONS census table by local authority: <c>lad_code,lad_name,…,
    /// population_2021</c>), matched to the areas by name; <see cref="Populations"/> wins for an area it names.
    /// </summary>
    public string? PopulationFile { get; init; }

    /// <summary>Counts are small when both are below this (default 20)…</summary>
    public int SmallCountThreshold { get; init; } = 20;

    /// <summary>…or when the previous count is below this (default 10).</summary>
    public int SmallBaseThreshold { get; init; } = 10;

    /// <summary>How many files are read at once (never more than there are files); by default, or when not positive, one per processor.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
