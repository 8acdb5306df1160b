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
            CsvFormatException csv => ImportDiagnostics.Error(ImportCodes.MalformedCsv, path, csv.LineNumber > 0 ? csv.LineNumber : next, 0, $"not valid CSV: {csv.Message}"),
            GzipDataException gzip => ImportDiagnostics.Error(gzip.Code, path, next, 0, $"{gzip.Message}; nothing was imported."),
            _ => ImportDiagnostics.Error(ImportCodes.Unreadable, path, lastLine, 0, $"cannot read the file: {e.Message}"),
        };
    }
}
