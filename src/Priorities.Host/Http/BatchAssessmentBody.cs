using System.Text.Json;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Engine.Diagnostics;

namespace Priorities.Host.Http;

/// <summary>
/// Parses the body of <c>POST /v1/proposals/batch</c>: a JSON array of assessments, each read by
/// <see cref="AssessmentReader"/> as <c>(request body)[i]</c> (positions inside that element); any other body is read
/// as one assessment, so that its problems come with their positions as for <c>/v1/proposals</c>.
/// </summary>
internal static class BatchAssessmentBody
{
    public static (IReadOnlyList<Assessment>? Assessments, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        if (Elements(text) is not { } elements)
        {
            var (one, problems) = AssessmentBody.Parse(text);
            return (one is null ? null : [one], problems);
        }
        var read = elements.Select((element, i) => AssessmentReader.ReadText($"{AssessmentBody.FileName}[{i}]", element)).ToArray();
        var diagnostics = read.SelectMany(r => r.Diagnostics).ToArray();
        return read.Any(r => r.Assessment is null) ? (null, diagnostics) : (read.Select(r => r.Assessment!).ToArray(), diagnostics);
    }

    /// <summary>The raw text of each element when the body is a JSON array; else null.</summary>
    private static string[]? Elements(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToArray()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
