using Priorities.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Priorities.Host.Http;

/// <summary>
/// Keeps rule-set text sent over HTTP from reading server files: its <c>include</c> entries must resolve inside the
/// served rules folder. Text that is not YAML is left to the loader, which reports it with positions.
/// </summary>
internal static class IncludeGuard
{
    /// <summary>The code of the error for an include outside the rules folder.</summary>
    public const string OutsideRulesFolder = "PR8103";

    public static IReadOnlyList<Diagnostic> Check(string text, string file, string folder)
    {
        var root = TryRoot(text);
        if (root is null || !root.Children.TryGetValue(new YamlScalarNode("include"), out var include)) return [];
        var entries = include switch
        {
            YamlScalarNode scalar => [scalar],
            YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().ToArray(),
            _ => Array.Empty<YamlScalarNode>(),
        };
        var inside = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return entries.Where(e => e.Value is { } path && !Path.GetFullPath(path, folder).StartsWith(inside, StringComparison.Ordinal))
            .Select(e => Outside(e, file))
            .ToArray();
    }

    private static Diagnostic Outside(YamlScalarNode entry, string file) =>
        new(OutsideRulesFolder, DiagnosticSeverity.Error,
            $"include '{entry.Value}' is outside the served rules folder; rule sets sent for validation may include only the served rule files.",
            new SourceLocation(file, (int)entry.Start.Line, (int)entry.Start.Column));

    private static YamlMappingNode? TryRoot(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            return null;
        }
    }
}
