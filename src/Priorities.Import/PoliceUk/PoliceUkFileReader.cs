using System.Text;
using CsvHelper;
using Priorities.Assessments;
using Priorities.Import;
using Priorities.Import.Csv;

namespace Priorities.Import.PoliceUk;

/// <summary>
/// Reads one data.police.uk street-level file into a <see cref="FileTally"/>, row by row without keeping rows:
/// fields are read as UTF-8 spans, LSOA names and crime types are looked up without allocating, and crime ids are
/// kept as 256-bit keys. A problem stops the file and is kept in the tally with its line.
/// </summary>
internal sealed class PoliceUkFileReader
{
    private static readonly int CategoryCount = CrimeCategories.All.Count;
    private readonly CsvReader _reader;
    private readonly PoliceUkColumns _columns;
    private readonly AreaCatalog _catalog;
    private readonly FileTally _tally;
    private readonly Dictionary<string, int> _lsoaCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lsoaLookup;
    private int _idMonth = -1;
    private Dictionary<CrimeKey, int> _ids = [];

    private PoliceUkFileReader(CsvSource source, PoliceUkColumns columns, AreaCatalog catalog, FileTally tally)
    {
        _reader = source.Reader;
        _columns = columns;
        _catalog = catalog;
        _tally = tally;
        _lsoaLookup = _lsoaCache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static FileTally Read(string path, AreaCatalog catalog, CancellationToken cancellationToken)
    {
        var tally = new FileTally(path);
        try
        {
            CsvSource.Read(path, CsvOptions.Strict(), source =>
            {
                var columns = PoliceUkColumns.Resolve(source.Reader.Headers, path);
                new PoliceUkFileReader(source, columns, catalog, tally).ReadAll(cancellationToken);
                return tally;
            });
        }
        catch (ImportException e)
        {
            tally.Error = e.Errors[0];
        }
        return tally;
    }

    private void ReadAll(CancellationToken cancellationToken)
    {
        while (_reader.Read())
        {
            _tally.LastLine = _reader.LineNumber;
            if ((++_tally.Rows & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (_tally.Rows == 1) _tally.Force = Force();
            ReadRow();
        }
    }

    private void ReadRow()
    {
        var month = YearMonth.ParseOrdinal(_reader.GetSpan(_columns.Month));
        if (month < 0) throw BadMonth();
        var area = Area(_reader.GetSpan(_columns.LsoaName));
        if (area < 0)
        {
            _tally.NoLsoa++;
            return;
        }
        if (!_catalog.IsRequested(area))
        {
            _tally.AddOutside(area);
            return;
        }
        var category = Category(_reader.GetSpan(_columns.CrimeType));
        if (category < 0) return;
        var slot = (area * CategoryCount) + category;
        if (IsRepeat(month, _reader.GetSpan(_columns.CrimeId), slot)) _tally.Duplicates++;
        else _tally.Counts.Add(month, slot);
    }

    private bool IsEmpty(ReadOnlySpan<byte> field) =>
        field.Trim((byte)' ').IsEmpty || (_columns.SnakeCase && field.SequenceEqual("NA"u8));

    private int Area(ReadOnlySpan<byte> field)
    {
        if (IsEmpty(field)) return -1;
        Span<char> buffer = stackalloc char[256];
        if (field.Length > buffer.Length) return Resolve(Encoding.UTF8.GetString(field));
        var chars = buffer[..Encoding.UTF8.GetChars(field, buffer)];
        return _lsoaLookup.TryGetValue(chars, out var id) ? id : Resolve(chars.ToString());
    }

    private int Resolve(string lsoaName)
    {
        var id = _catalog.Resolve(lsoaName);
        _lsoaCache[lsoaName] = id;
        return id;
    }

    private int Category(ReadOnlySpan<byte> field)
    {
        Span<char> buffer = stackalloc char[64];
        var index = field.Length <= buffer.Length ? CrimeCategories.IndexOf(buffer[..Encoding.UTF8.GetChars(field, buffer)]) : -1;
        if (index < 0) _tally.AddUnknown(IsEmpty(field) ? "(empty)" : ImportText.Printable(Encoding.UTF8.GetString(field).Trim()));
        return index;
    }

    private bool IsRepeat(int month, ReadOnlySpan<byte> crimeId, int slot)
    {
        if (IsEmpty(crimeId)) return false;
        if (month != _idMonth)
        {
            if (!_tally.Ids.TryGetValue(month, out var ids)) _tally.Ids[month] = ids = [];
            (_idMonth, _ids) = (month, ids);
        }
        return !_ids.TryAdd(CrimeKey.From(crimeId), slot);
    }

    private string? Force()
    {
        if (_columns.FallsWithin < 0) return null;
        var force = _reader.GetString(_columns.FallsWithin).Trim();
        return force.Length == 0 || force == "NA" ? null : force;
    }

    private ImportException BadMonth()
    {
        var value = ImportText.Printable(Encoding.UTF8.GetString(_reader.GetSpan(_columns.Month)));
        var header = _reader.Headers[_columns.Month];
        var message = value == header
            ? $"line {_reader.LineNumber} repeats the header: files joined with their header lines? Import the files as they are (a folder works), or join them without the header lines."
            : $"malformed month '{value}' in column '{header}' (expected YYYY-MM).";
        return ImportException.At(ImportCodes.BadMonth, _tally.Path, _reader.LineNumber, message, FieldColumn.Of(_reader, _columns.Month));
    }
}
