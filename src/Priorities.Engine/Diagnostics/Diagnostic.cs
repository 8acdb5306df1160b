namespace Priorities.Engine.Diagnostics;

/// <summary>
/// A problem in a rule set, an assessment, a test file or imported data, with the place it was found: the one shape
/// of problem every layer reports. Its text form is <c>file:line:col: error CODE: message</c>, the form editors and
/// build tools understand, leaving out the parts of the place that are unknown.
/// </summary>
/// <param name="Code">A stable code such as <c>PR1002</c>, from the layer's code catalogue.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">A plain-English message saying what is wrong and, where possible, how to fix it.</param>
/// <param name="Location">Where the problem is; <see cref="SourceLocation.None"/> when it is about no one place.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation Location)
{
    /// <summary>A suggested fix (such as the name the user probably meant), when there is one.</summary>
    public string? Suggestion { get; init; }

    /// <summary>The file, as the user named it; empty when the problem is about no one file.</summary>
    public string File => Location.File;

    /// <summary>The one-based line, or 0 when unknown.</summary>
    public int Line => Location.Line;

    /// <summary>The one-based column, or 0 when unknown.</summary>
    public int Column => Location.Column;

    /// <summary>An error at a place.</summary>
    /// <param name="code">The code, from the layer's catalogue.</param>
    /// <param name="location">Where the problem is.</param>
    /// <param name="message">What is wrong.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Error(string code, SourceLocation location, string message) =>
        new(code, DiagnosticSeverity.Error, message, location);

    /// <summary>A warning at a place.</summary>
    /// <param name="code">The code, from the layer's catalogue.</param>
    /// <param name="location">Where the problem is.</param>
    /// <param name="message">What may be wrong.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Warning(string code, SourceLocation location, string message) =>
        new(code, DiagnosticSeverity.Warning, message, location);

    /// <inheritdoc />
    public override string ToString()
    {
        var place = Location.ToString();
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return place.Length == 0 ? $"{severity} {Code}: {Message}" : $"{place}: {severity} {Code}: {Message}";
    }
}
