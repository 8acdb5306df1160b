namespace Priorities.Diagnostics;

/// <summary>
/// A problem in a rule set, an assessment or a test file, with the place it was found. Its text form is
/// <c>file:line:col: error CODE: message</c>, the form editors and build tools understand.
/// </summary>
/// <param name="Code">A stable code such as <c>PR1002</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">A plain-English message saying what is wrong and, where possible, how to fix it.</param>
/// <param name="Location">Where the problem is.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation Location)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Location}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Code}: {Message}";
}
