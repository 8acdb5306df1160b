using System.Text.Json;
using Priorities.Assessments;
using Priorities.Diagnostics;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.Testing;

/// <summary>Reads the assessments of tests: files (YAML or JSON, each read once per run) and inline mappings.</summary>
internal sealed class AssessmentSource
{
    public const string Code = "PR6003";

    private readonly Dictionary<string, Assessment?> _files = new(StringComparer.Ordinal);

    public Assessment? Load(TestCaseSpec test, YamlSource source, DiagnosticBag bag)
    {
        if (test.InlineAssessment is { } inline) return Inline(inline, source, test.AssessmentLocation, bag);
        var path = test.AssessmentPath!;
        if (_files.TryGetValue(path, out var cached))
        {
            if (cached is null) bag.Error(Code, test.AssessmentLocation, $"The assessment {path} could not be read (see above).");
            return cached;
        }
        var assessment = FromFile(path, test.AssessmentLocation, bag);
        _files[path] = assessment;
        return assessment;
    }

    private static Assessment? FromFile(string path, SourceLocation location, DiagnosticBag bag)
    {
        try
        {
            var text = File.ReadAllText(path);
            var json = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            return json ? AssessmentSerializer.FromJson(text) : AssessmentSerializer.FromYaml(text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            bag.Error(Code, location, $"Cannot read the assessment {path}: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Reads an inline assessment from the test file's own text: the mapping's lines, indented as written, form a
    /// YAML document of their own; errors are reported at the mapping, shifted to the test file's lines.
    /// </summary>
    private static Assessment? Inline(YamlMappingNode node, YamlSource source, SourceLocation location, DiagnosticBag bag)
    {
        var start = (int)node.Start.Index;
        var end = Math.Min(source.Text.Length, (int)node.End.Index);
        var text = new string(' ', Math.Max(0, location.Column - 1)) + source.Text[start..end];
        try
        {
            return AssessmentSerializer.FromYaml(text);
        }
        catch (JsonException e)
        {
            bag.Error(Code, location, $"The inline assessment is not valid: {Shift(e.Message, location.Line - 1)}");
            return null;
        }
    }

    /// <summary>Turns a leading <c>line:col:</c> of the inner document into the test file's line.</summary>
    private static string Shift(string message, int lines)
    {
        var colon = message.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && int.TryParse(message.AsSpan(0, colon), out var line) ? $"line {line + lines}{message[colon..]}" : message;
    }
}
