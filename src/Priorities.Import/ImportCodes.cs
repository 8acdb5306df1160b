namespace Priorities.Import;

/// <summary>
/// The stable codes of import errors and warnings (PR4xxx): PR4001–PR4009 inputs and files, PR4010–PR4019 the
/// shape of a CSV or table, PR4020–PR4029 values in it, PR4030–PR4039 the import as a whole, PR4040–PR4049 area
/// mapping files, PR4050–PR4059 warnings. PR4000 is the code of an <see cref="ImportException"/> made without one.
/// </summary>
internal static class ImportCodes
{
    /// <summary>An import failed for a reason given only in words (an exception made without a code).</summary>
    public const string Failed = "PR4000";

    /// <summary>No input file or folder was named.</summary>
    public const string NoInput = "PR4001";

    /// <summary>An input or mapping file, or a folder, does not exist.</summary>
    public const string NotFound = "PR4002";

    /// <summary>A folder holds no <c>.csv</c> or <c>.csv.gz</c> files.</summary>
    public const string NoCsvFiles = "PR4003";

    /// <summary>A file cannot be opened or read (permissions, I/O error).</summary>
    public const string Unreadable = "PR4004";

    /// <summary>A file's name ends in <c>.gz</c> but it is not gzip data.</summary>
    public const string NotGzip = "PR4005";

    /// <summary>A gzip file is cut off (inside a member's header, data or trailer).</summary>
    public const string GzipTruncated = "PR4006";

    /// <summary>A gzip file is corrupt: bad compressed data, a trailer that does not match, or stray bytes after the last member.</summary>
    public const string GzipCorrupt = "PR4007";

    /// <summary>
    /// A gzip file decompresses to too much: past 64 MiB, more than 100 times its compressed bytes, or more than 8 GiB
    /// (the bounds of <c>Gzip.GzipExpansionLimit</c>).
    /// </summary>
    public const string GzipExpansion = "PR4070";

    /// <summary>A file breaks the CSV quoting rules (a stray quote, text after a closing quote, a quote never closed).</summary>
    public const string MalformedCsv = "PR4010";

    /// <summary>A row has more or fewer fields than the header.</summary>
    public const string RaggedRow = "PR4011";

    /// <summary>A file is empty: no header.</summary>
    public const string EmptyFile = "PR4012";

    /// <summary>The header lacks a column the importer needs (renamed, misspelt or not this kind of file).</summary>
    public const string MissingColumn = "PR4013";

    /// <summary>A file is not an ONS table by Community Safety Partnership: no header with the partnership name column.</summary>
    public const string NotOnsTable = "PR4014";

    /// <summary>A month is not <c>YYYY-MM</c>.</summary>
    public const string BadMonth = "PR4020";

    /// <summary>A count, weight or share is not a number.</summary>
    public const string NotANumber = "PR4021";

    /// <summary>A number is outside its range (a share concerned not from 0 to 1).</summary>
    public const string OutOfRange = "PR4022";

    /// <summary>A harm table gives a category a second weight.</summary>
    public const string DuplicateCategory = "PR4023";

    /// <summary>A harm table holds several forces and none was chosen.</summary>
    public const string SeveralForces = "PR4024";

    /// <summary>A requested partnership is not in the ONS table.</summary>
    public const string UnknownPartnership = "PR4030";

    /// <summary>The ONS table's title does not give its year and no period was given.</summary>
    public const string NoPeriod = "PR4031";

    /// <summary>None of the rows read could be placed in an area.</summary>
    public const string NothingToImport = "PR4032";

    /// <summary>A window has months with no rows for an area (and gaps are not allowed).</summary>
    public const string MissingMonths = "PR4033";

    /// <summary>A mapping file is not valid YAML.</summary>
    public const string MappingSyntax = "PR4040";

    /// <summary>A YAML mapping file or entry has the wrong form (not <c>from: to</c> or <c>to: [from, …]</c>).</summary>
    public const string MappingForm = "PR4041";

    /// <summary>A mapping entry lacks its <c>from</c> or its <c>to</c> name.</summary>
    public const string MappingIncomplete = "PR4042";

    /// <summary>A name is mapped to two different areas.</summary>
    public const string MappingConflict = "PR4043";

    /// <summary>
    /// A YAML mapping file is nested too deeply or has too many nodes, aliases counted as the nodes they repeat
    /// (the bounds of <see cref="Priorities.Yaml.YamlLimits"/>).
    /// </summary>
    public const string MappingTooLarge = "PR4044";

    /// <summary>Warning: a file has a header but no rows.</summary>
    public const string NoRows = "PR4050";

    /// <summary>Warning: the previous window overlaps the current one.</summary>
    public const string WindowsOverlap = "PR4051";

    /// <summary>Warning: the windows have different lengths, so changes compare unequal periods.</summary>
    public const string UnequalWindows = "PR4052";

    /// <summary>Warning: a harm table names a category that is not a data.police.uk crime type.</summary>
    public const string UnknownCrimeType = "PR4053";

    /// <summary>Warning: an ONS offence column is not one of table C2's.</summary>
    public const string UnknownOffenceColumn = "PR4054";

    /// <summary>Warning: a folder's data.police.uk outcomes or stop-and-search files were left out (not street-level crime).</summary>
    public const string OtherPoliceUkFiles = "PR4055";

    /// <summary>Warning: the previous window is not the same months a year before the current one, so part of any change may be seasonal.</summary>
    public const string NotYearOnYear = "PR4060";

    /// <summary>Warning: the population table has no row for an area, so its rates per 1,000 are unknown.</summary>
    public const string NoPopulation = "PR4061";

    /// <summary>A district mapping file (<c>--mapping</c> of <c>import ons-csp --all</c>) is not valid YAML, or gives a key twice.</summary>
    public const string DistrictMappingSyntax = "PR4080";

    /// <summary>A district mapping file or entry is not <c>partnership: [district code, …]</c>.</summary>
    public const string DistrictMappingForm = "PR4081";

    /// <summary>A district mapping names a partnership that is not in the ONS table.</summary>
    public const string DistrictMappingUnknownPartnership = "PR4082";

    /// <summary>A district mapping names a district that is not in the population table.</summary>
    public const string DistrictMappingUnknownDistrict = "PR4083";

    /// <summary>A district given to two partnerships (by the mapping, or by the mapping and a partnership's own row).</summary>
    public const string DistrictMappingShared = "PR4084";

    /// <summary>A district mapping gives one partnership twice (by name and by code, say).</summary>
    public const string DistrictMappingRepeated = "PR4085";

    /// <summary>A district mapping file nested too deeply or too large (the bounds of <see cref="Priorities.Yaml.YamlLimits"/>).</summary>
    public const string DistrictMappingTooLarge = "PR4086";

    /// <summary>A nearest-areas file (<c>--neighbours</c>) is not valid JSON.</summary>
    public const string NeighboursSyntax = "PR4087";

    /// <summary>A nearest-areas file is not an object of district code to a list of district codes (or lists of them).</summary>
    public const string NeighboursForm = "PR4088";

    /// <summary>The output folder of <c>import ons-csp --all</c> cannot be made or written.</summary>
    public const string OutputFolder = "PR4089";

    /// <summary>Warning: a partnership's district is the district of other partnerships too, so its population is unknown.</summary>
    public const string SharedDistrict = "PR4090";
}
