namespace Priorities.Import;

/// <summary>One problem that stops an import, with its code and the place it was found.</summary>
/// <param name="Code">A stable code such as <c>PR4020</c> (see the importers' README).</param>
/// <param name="File">The file (as it was named to the importer), or <see langword="null"/> when the problem is not in one file.</param>
/// <param name="Line">The 1-based line, or 0 when the problem is not on one line.</param>
/// <param name="Column">The 1-based character column on <paramref name="Line"/>, or 0 when it is not known.</param>
/// <param name="Message">What is wrong, in plain English.</param>
public sealed record ImportError(string Code, string? File, long Line, int Column, string Message)
{
    /// <summary>The error as <c>file:line:col: error CODE: message</c> (without the parts that are unknown).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ImportDiagnostic.Format(File, Line, Column, "error", Code, Message);
}
