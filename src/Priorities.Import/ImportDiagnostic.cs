using System.Globalization;

namespace Priorities.Import;

/// <summary>A warning from an import that did not stop it, such as a file with a header but no rows.</summary>
/// <param name="Code">A stable code such as <c>PR4050</c> (see the importers' README).</param>
/// <param name="File">The file, or <see langword="null"/> when the warning is not about one file.</param>
/// <param name="Line">The 1-based line, or 0 when it is not about one line.</param>
/// <param name="Column">The 1-based character column on <paramref name="Line"/>, or 0 when it is not known.</param>
/// <param name="Message">The warning in plain English.</param>
public sealed record ImportDiagnostic(string Code, string? File, long Line, int Column, string Message)
{
    /// <summary>The warning as <c>file:line:col: warning CODE: message</c> (without the parts that are unknown).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(File, Line, Column, "warning", Code, Message);

    internal static string Format(string? file, long line, int column, string severity, string code, string message)
    {
        var place = (file, line, column) switch
        {
            (null, _, _) => string.Empty,
            (_, <= 0, _) => file + ": ",
            (_, _, <= 0) => string.Create(CultureInfo.InvariantCulture, $"{file}:{line}: "),
            _ => string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{column}: "),
        };
        return $"{place}{severity} {code}: {message}";
    }
}
