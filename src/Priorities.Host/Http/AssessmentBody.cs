using System.Text.Json;
using Priorities.Assessments;
using Priorities.Diagnostics;

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
            var location = new SourceLocation(FileName, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            return (null, [new Diagnostic(HttpCodes.BadAssessment, DiagnosticSeverity.Error, e.Message, location)]);
        }
    }
}
