using System.Text.Json;
using Priorities.Assessments;
using Priorities.Diagnostics;
using YamlDotNet.Core;

namespace Priorities.Host.Http;

/// <summary>Parses an assessment sent as JSON or YAML, turning every problem into a diagnostic with its position.</summary>
internal static class AssessmentBody
{
    /// <summary>The name diagnostics give the request body.</summary>
    public const string FileName = "(request body)";

    public static (Assessment? Assessment, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string mediaType)
    {
        try
        {
            var assessment = mediaType == "application/json" ? AssessmentSerializer.FromJson(text) : AssessmentSerializer.FromYaml(text);
            return (assessment, []);
        }
        catch (JsonException e)
        {
            return Failed(e.Message, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
        }
        catch (YamlException e)
        {
            return Failed(e.Message, (int)e.Start.Line, (int)e.Start.Column);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException or NotSupportedException)
        {
            // The YAML reader throws these for some malformed text; it is still bad input, not a server error.
            return Failed(e.Message, 1, 1);
        }
    }

    private static (Assessment?, IReadOnlyList<Diagnostic>) Failed(string message, int line, int column)
    {
        var location = new SourceLocation(FileName, Math.Max(line, 1), Math.Max(column, 1));
        return (null, [new Diagnostic(HttpCodes.BadAssessment, DiagnosticSeverity.Error, message, location)]);
    }
}
