using CsvHelper;
using Priorities.Engine.Diagnostics;
using Priorities.Import;
using Priorities.Import.Gzip;

namespace Priorities.Import.Csv;

/// <summary>Turns the exceptions of reading a file into errors that name the file and line.</summary>
internal static class ReadFailures
{
    public static bool IsReadFailure(Exception e) =>
        e is CsvFormatException or IOException or UnauthorizedAccessException;

    public static Diagnostic Describe(Exception e, string path, long lastLine)
    {
        var next = lastLine + 1;
        return e switch
        {
            CsvFormatException csv => ImportDiagnostics.Error(ImportCodes.MalformedCsv, path, csv.LineNumber > 0 ? csv.LineNumber : next, 0, Malformed(csv)),
            GzipDataException gzip => ImportDiagnostics.Error(gzip.Code, path, next, 0, $"{gzip.Message}; nothing was imported."),
            _ => ImportDiagnostics.Error(ImportCodes.Unreadable, path, lastLine, 0, $"cannot read the file: {e.Message}"),
        };
    }

    /// <summary>What is wrong with the CSV; a record past the cap is said in plain words (binary data or no line breaks).</summary>
    private static string Malformed(CsvFormatException csv) =>
        csv.Message.Contains(nameof(CsvReaderOptions.MaxRecordSize), StringComparison.Ordinal)
            ? $"not valid CSV: a record runs past {CsvOptions.MaxRecordBytes / (1 << 20)} MiB without ending (no line break, or binary data); nothing was imported."
            : $"not valid CSV: {csv.Message}";
}
