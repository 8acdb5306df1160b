using CsvHelper;
using Priorities.Import;

namespace Priorities.Import.Csv;

/// <summary>
/// Makes a reader report malformed records (broken quoting, ragged rows) as import errors with their code, line and,
/// where it can be told, column, in place of CsvHelper's exception, which does not say which problem it is. Only the
/// problems the options asked to throw for are reported; the work is done only when a record is malformed.
/// </summary>
internal sealed class MalformedRows
{
    private readonly string _path;
    private readonly char _separator;
    private readonly bool _quoting;
    private readonly bool _fieldCount;

    private MalformedRows(string path, CsvReaderOptions options)
    {
        _path = path;
        _separator = options.Separator ?? ',';
        _quoting = options.MalformedData == CsvMalformedDataHandling.Throw;
        _fieldCount = options.FieldCountMismatch == CsvFieldCountHandling.Throw;
    }

    /// <summary>The reader, once made: its header gives the number of fields a row should have.</summary>
    public CsvReader? Reader { get; set; }

    /// <summary>The options with the problems to throw for reported through <see cref="Report"/> instead.</summary>
    public static (CsvReaderOptions Options, MalformedRows Rows) Attach(CsvReaderOptions options, string path)
    {
        var rows = new MalformedRows(path, options);
        if (!rows._quoting && !rows._fieldCount) return (options, rows);
        return (options with
        {
            MalformedData = rows._quoting ? CsvMalformedDataHandling.Skip : options.MalformedData,
            FieldCountMismatch = rows._fieldCount ? CsvFieldCountHandling.Skip : options.FieldCountMismatch,
            OnMalformedRecord = rows.Report,
        }, rows);
    }

    private void Report(CsvMalformedRecord record)
    {
        var ragged = record.Reason == CsvMalformedReason.FieldCountMismatch;
        if (ragged ? !_fieldCount : !_quoting) return;
        var scan = CsvRecordScan.Of(record.RawRecord, _separator);
        var line = Math.Max(record.LineNumber, 1);
        throw ragged ? Ragged(scan, line) : ImportException.At(ImportCodes.MalformedCsv, _path, line,
            $"not valid CSV: {Describe(record.Reason)}.", scan.Problem >= 0 && scan.Kind == record.Reason ? scan.ColumnOf(scan.Problem) : 0);
    }

    /// <summary>A row with a field count unlike the header's, placed on its first extra field when it has too many.</summary>
    private ImportException Ragged(CsvRecordScan scan, long line)
    {
        var expected = Reader?.Headers.Count ?? 0;
        var found = scan.Starts.Count;
        var column = expected > 0 && found > expected ? scan.ColumnOf(scan.Starts[expected]) : 0;
        var message = expected > 0
            ? $"the row has {found} field{(found == 1 ? string.Empty : "s")} but the header has {expected}."
            : "the row has another number of fields than the header.";
        return ImportException.At(ImportCodes.RaggedRow, _path, line, message, column);
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field (quote the whole field and double the quotes in it)",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a quoted field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted field",
        _ => "malformed quoting",
    };
}
