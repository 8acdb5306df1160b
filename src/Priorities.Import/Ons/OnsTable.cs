using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using Priorities.Assessments;
using Priorities.Import;
using Priorities.Import.Csv;

namespace Priorities.Import.Ons;

/// <summary>
/// Reads an ONS recorded-crime table by Community Safety Partnership: title lines, then a header whose cells may
/// hold line breaks, then rows whose numbers are text with thousands separators and trailing spaces, <c>[x]</c>
/// where unavailable, and force-total and unassigned rows mixed in (set aside with their reason).
/// </summary>
internal sealed partial class OnsTable
{
    private const int MaxTitleLines = 30;
    private const string NameColumn = "Community Safety Partnership name";
    private readonly string _path;
    private readonly List<OnsColumn> _columns = [];
    private int _code = -1;
    private int _name = -1;
    private int _force = -1;
    private int _district = -1;
    private Action<OnsPartnership>? _onPartnership;

    private OnsTable(string path) => _path = path;

    public string Title { get; private set; } = string.Empty;

    public IReadOnlyList<OnsColumn> Columns => _columns;

    public List<OnsPartnership> Partnerships { get; } = [];

    /// <summary>Rows that are not partnerships (force totals, unassigned crimes, no partnership code), in table order.</summary>
    public List<OnsExcludedRow> Excluded { get; } = [];

    public long Rows { get; private set; }

    /// <summary>
    /// Recorded crimes of every row that is not a force total (partnerships, unassigned crimes and others), per
    /// category id: the England and Wales count, whether or not every force has a total row.
    /// </summary>
    public Dictionary<string, long> Totals { get; } = new(StringComparer.Ordinal);

    /// <summary>The categories some row marks unavailable, whose <see cref="Totals"/> are therefore not the whole count.</summary>
    public HashSet<string> Incomplete { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads the table; with <paramref name="onPartnership"/>, each partnership row goes to it as it is read and
    /// <see cref="Partnerships"/> stays empty, so memory does not grow with the rows.
    /// </summary>
    public static OnsTable Read(string path, CancellationToken cancellationToken, Action<OnsPartnership>? onPartnership = null)
    {
        var table = new OnsTable(path) { _onPartnership = onPartnership };
        return CsvSource.Read(path, CsvOptions.Table(), source =>
        {
            table.ReadHeader(source.Reader);
            while (source.Reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                table.ReadRow(source.Reader);
            }
            return table;
        });
    }

    private void ReadHeader(CsvReader reader)
    {
        while (reader.Read() && reader.RowNumber <= MaxTitleLines)
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i => ImportText.Normalize(reader.GetString(i))).ToList();
            if (Title.Length == 0) Title = cells.FirstOrDefault(c => c.Length > 0) ?? string.Empty;
            _name = cells.FindIndex(c => c.Equals(NameColumn, StringComparison.OrdinalIgnoreCase));
            if (_name < 0) continue;
            _force = cells.FindIndex(c => c.Equals("Police Force Area name", StringComparison.OrdinalIgnoreCase));
            _code = cells.FindIndex(c => c.Equals("Community Safety Partnership code", StringComparison.OrdinalIgnoreCase));
            _district = cells.FindIndex(c => c.Equals("Local Authority code", StringComparison.OrdinalIgnoreCase));
            var first = Math.Max(_name, cells.FindIndex(c => c.Equals("Local Authority name", StringComparison.OrdinalIgnoreCase))) + 1;
            for (var i = first; i < cells.Count; i++)
            {
                if (cells[i].Length > 0) _columns.Add(new OnsColumn(i, cells[i], OffenceGroups.IdOf(cells[i]) ?? ImportText.Slug(cells[i]), reader.LineNumber, FieldColumn.Of(reader, i)));
            }
            if (_code < 0 || _columns.Count == 0)
                throw ImportException.At(ImportCodes.MissingColumn, _path, reader.LineNumber, "the header has no 'Community Safety Partnership code' column or no offence columns after the names.");
            return;
        }
        throw ImportException.At(ImportCodes.NotOnsTable, _path, 1, $"not an ONS table by Community Safety Partnership: no header with a '{NameColumn}' column in the first {MaxTitleLines} lines.");
    }

    private void ReadRow(CsvReader reader)
    {
        Rows++;
        var code = reader.GetString(_code).Trim();
        var name = Clean(reader.GetString(_name));
        var force = _force >= 0 ? Clean(reader.GetString(_force)) : string.Empty;
        if (code.Length == 0)
        {
            if (Enumerable.Range(0, reader.FieldCount).All(reader.IsEmpty)) return;
            if (name.Length == 0)
            {
                Excluded.Add(new OnsExcludedRow(OnsExcludedRow.ForceTotal, force, $"{force} total"));
                return;
            }
            AddToTotals(_columns.Select(c => (c.Category, Lenient(reader, c))));
            if (name.StartsWith("Unassigned", StringComparison.OrdinalIgnoreCase)) Excluded.Add(new OnsExcludedRow(OnsExcludedRow.Unassigned, force, name));
            else Excluded.Add(new OnsExcludedRow(OnsExcludedRow.NoCode, force, name));
            return;
        }
        var values = _columns.ToDictionary(c => c.Category, c => Number(reader, c));
        AddToTotals(values.Select(v => (v.Key, v.Value)));
        var district = _district >= 0 ? ImportText.Normalize(reader.GetString(_district)) : string.Empty;
        var partnership = new OnsPartnership(code, name, force, reader.LineNumber, values, district);
        if (_onPartnership is null) Partnerships.Add(partnership);
        else _onPartnership(partnership);
    }

    private void AddToTotals(IEnumerable<(string Category, int? Count)> values)
    {
        foreach (var (category, count) in values)
        {
            Totals[category] = Totals.GetValueOrDefault(category) + (count ?? 0);
            if (count is null) Incomplete.Add(category);
        }
    }

    /// <summary>A count of a row that is no partnership: an empty or unavailable cell counts nothing; a bad one is an error.</summary>
    private int? Lenient(CsvReader reader, OnsColumn column) =>
        reader.GetString(column.Index).Trim().Length == 0 ? 0 : Number(reader, column);

    private int? Number(CsvReader reader, OnsColumn column)
    {
        var text = reader.GetString(column.Index).Trim();
        if (UnavailableMarker().IsMatch(text)) return null;
        var digits = text.Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        throw ImportException.At(ImportCodes.NotANumber, _path, reader.LineNumber, $"column '{column.Header}': '{ImportText.Printable(text)}' is not a count.", FieldColumn.Of(reader, column.Index));
    }

    /// <summary>A name without its surrounding space and note markers such as <c>[note 4]</c>.</summary>
    private static string Clean(string name) => ImportText.Normalize(NoteMarker().Replace(name, " "));

    [GeneratedRegex(@"\[note\s*\d+\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteMarker();

    /// <summary>ONS shorthand for a value that is not given: <c>[x]</c> unavailable, <c>[c]</c> confidential, <c>[z]</c> not applicable, <c>[u]</c> unreliable.</summary>
    [GeneratedRegex(@"^\[[a-z]\]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnavailableMarker();
}
