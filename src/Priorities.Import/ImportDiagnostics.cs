using Priorities.Engine.Diagnostics;

namespace Priorities.Import;

/// <summary>Diagnostics at a place in an imported file: a line counted as CsvHelper counts it, a column 0 when unknown.</summary>
internal static class ImportDiagnostics
{
    public static Diagnostic Error(string code, string? file, long line, int column, string message) =>
        Diagnostic.Error(code, At(file, line, column), message);

    public static Diagnostic Warning(string code, string? file, long line, int column, string message) =>
        Diagnostic.Warning(code, At(file, line, column), message);

    /// <summary>The place; a line past <see cref="int.MaxValue"/> (a file of billions of rows) is kept as unknown.</summary>
    private static SourceLocation At(string? file, long line, int column) =>
        new(file ?? string.Empty, line is > 0 and <= int.MaxValue ? (int)line : 0, line > int.MaxValue ? 0 : Math.Max(column, 0));
}
