using CsvHelper;
using Priorities.Import;

namespace Priorities.Import.Csv;

/// <summary>
/// Splits one raw CSV record (as CsvHelper hands a malformed one over) into its fields by the quoting rules, and
/// finds its first quoting problem, to place errors on their column. Used only for records already found malformed.
/// </summary>
internal sealed class CsvRecordScan
{
    private readonly string _raw;
    private readonly char _separator;

    private CsvRecordScan(string raw, char separator)
    {
        _raw = raw;
        _separator = separator;
    }

    /// <summary>Where each field starts (0-based index into the record).</summary>
    public List<int> Starts { get; } = [0];

    /// <summary>The index of the first quoting problem, or -1 when there is none.</summary>
    public int Problem { get; private set; } = -1;

    /// <summary>What the first quoting problem is (meaningful when <see cref="Problem"/> is not -1).</summary>
    public CsvMalformedReason Kind { get; private set; }

    public static CsvRecordScan Of(string raw, char separator)
    {
        var scan = new CsvRecordScan(raw, separator);
        scan.Run();
        return scan;
    }

    /// <summary>The 1-based column of <paramref name="index"/> on the record's first line, or 0 when it is not on it.</summary>
    public int ColumnOf(int index) =>
        index < 0 || index > _raw.Length || _raw.AsSpan(0, index).IndexOfAny('\r', '\n') >= 0 ? 0 : index + 1;

    private void Run()
    {
        var i = 0;
        while (true)
        {
            var end = i < _raw.Length && _raw[i] == '"' ? QuotedEnd(i) : UnquotedEnd(i);
            if (end >= _raw.Length) return;
            i = end + 1;
            Starts.Add(i);
        }
    }

    /// <summary>The separator after the quoted field opened at <paramref name="open"/>, or the end of the record.</summary>
    private int QuotedEnd(int open)
    {
        var j = open + 1;
        while (j < _raw.Length)
        {
            if (_raw[j] != '"') j++;
            else if (j + 1 < _raw.Length && _raw[j + 1] == '"') j += 2;
            else break;
        }
        if (j >= _raw.Length)
        {
            Note(open, CsvMalformedReason.UnterminatedQuote);
            return _raw.Length;
        }
        var after = j + 1;
        if (after < _raw.Length && _raw[after] != _separator) Note(after, CsvMalformedReason.TextAfterClosingQuote);
        return UnquotedEnd(after);
    }

    private int UnquotedEnd(int start)
    {
        var end = _raw.IndexOf(_separator, start);
        if (end < 0) end = _raw.Length;
        var quote = _raw.IndexOf('"', start, end - start);
        if (quote >= 0) Note(quote, CsvMalformedReason.StrayQuote);
        return end;
    }

    private void Note(int index, CsvMalformedReason kind)
    {
        if (Problem >= 0) return;
        (Problem, Kind) = (index, kind);
    }
}
