namespace Priorities.Import;

/// <summary>One problem that stops an import, with the place it was found.</summary>
/// <param name="File">The file (as it was named to the importer), or <see langword="null"/> when the problem is not in one file.</param>
/// <param name="Line">The 1-based line, or 0 when the problem is not on one line.</param>
/// <param name="Message">What is wrong, in plain English.</param>
public sealed record ImportError(string? File, long Line, string Message)
{
    /// <summary>The error as <c>file:line: error: message</c> (without the parts that are unknown).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ImportDiagnostic.Format(File, Line, "error", Message);
}
