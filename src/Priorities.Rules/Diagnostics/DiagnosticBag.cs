using Priorities.Engine.Diagnostics;

namespace Priorities.Diagnostics;

/// <summary>Collects diagnostics during one pass over the input, so every problem is reported at once.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public void Error(string code, SourceLocation location, string message) =>
        _items.Add(new Diagnostic(code, DiagnosticSeverity.Error, message, location));

    public void Warning(string code, SourceLocation location, string message) =>
        _items.Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, location));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Diagnostics sorted by file, line and column, for stable output.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal).ToArray();
}
