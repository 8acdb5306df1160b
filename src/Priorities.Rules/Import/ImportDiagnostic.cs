using System.Globalization;

namespace Priorities.Import;

/// <summary>A warning from an import that did not stop it, such as a file with a header but no rows.</summary>
/// <param name="File">The file, or <see langword="null"/> when the warning is not about one file.</param>
/// <param name="Line">The 1-based line, or 0 when it is not about one line.</param>
/// <param name="Message">The warning in plain English.</param>
public sealed record ImportDiagnostic(string? File, long Line, string Message)
{
    /// <summary>The warning as <c>file:line: warning: message</c> (without the parts that are unknown).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(File, Line, "warning", Message);

    internal static string Format(string? file, long line, string severity, string message)
    {
        var place = file is null ? string.Empty : line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{file}:{line}: ") : file + ": ";
        return $"{place}{severity}: {message}";
    }
}
