using CsvHelper;

namespace Priorities.Import;

/// <summary>Turns the exceptions of reading a file into errors that name the file and line.</summary>
internal static class ReadFailures
{
    public static bool IsReadFailure(Exception e) =>
        e is CsvFormatException or InvalidDataException or IOException or UnauthorizedAccessException;

    public static ImportError Describe(Exception e, string path, long lastLine)
    {
        var next = lastLine + 1;
        return e switch
        {
            CsvFormatException csv => new ImportError(path, csv.LineNumber > 0 ? csv.LineNumber : next, $"not valid CSV: {csv.Message}"),
            InvalidDataException => new ImportError(path, next, $"the .gz data is corrupt: {e.Message}"),
            _ => new ImportError(path, lastLine, $"cannot read the file: {e.Message}"),
        };
    }
}
