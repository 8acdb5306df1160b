using System.Text.RegularExpressions;
using CsvHelper;
using Priorities.Import.Csv;

namespace Priorities.Import.Population;

/// <summary>
/// Usual resident population per area, read from a CSV such as the ONS census table of local authority districts
/// (<c>lad_code,lad_name,…,population_2011,population_2021</c>): a name column, an optional code column and the
/// population column of the latest year (or one named <c>population</c>).
/// </summary>
internal sealed partial class PopulationTable
{
    private static readonly string[] NameColumns = ["lad_name", "name", "area"];
    private static readonly string[] CodeColumns = ["lad_code", "code"];
    private readonly Dictionary<string, int> _residents = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _districts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _named = new(StringComparer.OrdinalIgnoreCase);

    private PopulationTable(string path) => Path = path;

    public string Path { get; }

    /// <summary>The population column read, such as <c>population_2021</c>.</summary>
    public string Column { get; private set; } = "population";

    /// <summary>The source line of the populations, naming the file and column.</summary>
    public string Source =>
        $"Usual resident population by local authority ({System.IO.Path.GetFileName(Path)}, {Column}), Office for National Statistics.";

    /// <summary>Reads the table, or fails with the file, line and problem.</summary>
    public static PopulationTable Read(string path)
    {
        if (!File.Exists(path)) throw ImportException.At(ImportCodes.NotFound, path, 0, "no such file.");
        var table = new PopulationTable(path);
        CsvSource.Read(path, CsvOptions.Strict(), csv => table.Load(csv.Reader));
        return table;
    }

    /// <summary>Residents per district, keyed by its code (by its name when the table has no code column); the first row of a key counts.</summary>
    public IReadOnlyDictionary<string, int> Districts => _districts;

    /// <summary>The residents of every district of the table: England and Wales for the ONS census table.</summary>
    public long Total => _districts.Values.Sum(r => (long)r);

    /// <summary>The keys of <see cref="Districts"/> whose name is <paramref name="name"/> (ignoring case).</summary>
    public IReadOnlyList<string> DistrictsNamed(string name) => _named.TryGetValue(name.Trim(), out var keys) ? keys : [];

    /// <summary>The residents of an area, found by its name or ONS code (ignoring case); null when the table lacks it.</summary>
    public int? Of(string nameOrCode) => _residents.TryGetValue(nameOrCode.Trim(), out var residents) ? residents : null;

    private long Load(CsvReader reader)
    {
        var name = FactsOnly.Column(reader, NameColumns, Path);
        var code = CodeColumns.Select(c => reader.TryGetFieldIndex(c, out var i) ? i : -1).FirstOrDefault(i => i >= 0, -1);
        var population = PopulationColumn(reader);
        long rows = 0;
        while (reader.Read())
        {
            rows++;
            var residents = FactsOnly.Number(reader, population, Path);
            if (residents < 1 || residents > int.MaxValue)
                throw ImportException.At(ImportCodes.OutOfRange, Path, reader.LineNumber,
                    $"a population of {residents} is not a number of residents.", FieldColumn.Of(reader, population));
            var district = reader.GetString(name).Trim();
            _residents.TryAdd(district, (int)residents);
            if (code >= 0) _residents.TryAdd(reader.GetString(code).Trim(), (int)residents);
            var key = code >= 0 ? reader.GetString(code).Trim() : district;
            if (!_districts.TryAdd(key, (int)residents)) continue;
            if (!_named.TryGetValue(district, out var keys)) _named.Add(district, keys = []);
            keys.Add(key);
        }
        return rows;
    }

    private int PopulationColumn(CsvReader reader)
    {
        var candidates = reader.Headers.Select((h, i) => (Header: h.Trim(), Index: i))
            .Where(h => Year().IsMatch(h.Header)).OrderByDescending(h => h.Header, StringComparer.Ordinal).ToList();
        if (candidates.Count == 0) return FactsOnly.Column(reader, ["population"], Path);
        Column = candidates[0].Header;
        return candidates[0].Index;
    }

    [GeneratedRegex("^population(_[0-9]{4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
