using Priorities.Engine.Diagnostics;

namespace Priorities.Host.Http;

/// <summary>A diagnostic as the API returns it; files under the rules folder are named relative to it, so no server path leaks.</summary>
/// <param name="File">The file, relative to the rules folder when under it.</param>
/// <param name="Line">One-based line.</param>
/// <param name="Column">One-based column.</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Code">The stable code, e.g. <c>PR1002</c>.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Text">The one-line form <c>file:line:col: error CODE: message</c>.</param>
internal sealed record DiagnosticJson(string File, int Line, int Column, string Severity, string Code, string Message, string Text)
{
    public static IReadOnlyList<DiagnosticJson> From(IEnumerable<Diagnostic> diagnostics, string? rulesFolder) =>
        diagnostics.Select(d => From(d, rulesFolder)).ToArray();

    public static DiagnosticJson From(Diagnostic diagnostic, string? rulesFolder)
    {
        var file = Relative(diagnostic.Location.File, rulesFolder);
        var shown = diagnostic with { Location = diagnostic.Location with { File = file }, Message = Unrooted(diagnostic.Message, rulesFolder) };
        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return new DiagnosticJson(file, diagnostic.Location.Line, diagnostic.Location.Column, severity, diagnostic.Code, shown.Message, shown.ToString());
    }

    /// <summary>A message with the server's rules folder taken out of the paths it names (never a server path to a client).</summary>
    public static string Unrooted(string message, string? rulesFolder)
    {
        if (rulesFolder is null) return message;
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rulesFolder));
        return message.Replace(root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            .Replace(root, ".", StringComparison.Ordinal);
    }

    public static string Relative(string file, string? rulesFolder)
    {
        if (rulesFolder is null || !Path.IsPathFullyQualified(file)) return file;
        var relative = Path.GetRelativePath(rulesFolder, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathFullyQualified(relative) ? Path.GetFileName(file) : relative.Replace('\\', '/');
    }
}
