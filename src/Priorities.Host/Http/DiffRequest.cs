using System.Text.Json;
using Priorities.Engine.Diagnostics;

namespace Priorities.Host.Http;

/// <summary>
/// The body of <c>POST /v1/rulesets/diff</c>: <c>{"rules"?, "against"?, "assessment", "assessmentAgainst"?}</c> with
/// exactly one of <c>against</c> and <c>assessmentAgainst</c>. Rule sets are YAML text; an assessment is an object or
/// a string of YAML or JSON text. No other key is allowed.
/// </summary>
/// <param name="Rules">The new rule set's text, or null for the served rule set.</param>
/// <param name="Against">The old rule set's text, or null.</param>
/// <param name="Assessment">The assessment's text (an object's JSON, or the string).</param>
/// <param name="AssessmentAgainst">The old assessment's text, or null.</param>
internal sealed record DiffRequest(string? Rules, string? Against, string Assessment, string? AssessmentAgainst)
{
    private static readonly string[] Keys = ["rules", "against", "assessment", "assessmentAgainst"];

    /// <summary>The request, or the diagnostic that says why the body is not one.</summary>
    public static (DiffRequest? Request, Diagnostic? Problem) Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, Problem("The body must be a JSON object."));
            var unknown = root.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => !Keys.Contains(name, StringComparer.Ordinal));
            if (unknown is not null)
                return (null, Problem($"Unknown key '{unknown}': the body takes {string.Join(", ", Keys)}."));
            var assessment = AssessmentText(root, "assessment");
            var against = RuleSetText(root, "against");
            var assessmentAgainst = AssessmentText(root, "assessmentAgainst");
            if (assessment is null) return (null, Problem("'assessment' is required: the assessment, as an object or as YAML or JSON text."));
            if ((against is null) == (assessmentAgainst is null))
                return (null, Problem("Give exactly one of 'against' (the old rule set's YAML) and 'assessmentAgainst' (the old assessment)."));
            return (new DiffRequest(RuleSetText(root, "rules"), against, assessment, assessmentAgainst), null);
        }
        catch (JsonException e)
        {
            return (null, Problem("The body is not JSON: " + e.Message.Split([" Path:", " LineNumber:"], StringSplitOptions.None)[0]));
        }
        catch (FormatException e)
        {
            return (null, Problem(e.Message));
        }
    }

    private static string? RuleSetText(JsonElement root, string key) => root.TryGetProperty(key, out var value) ? value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new FormatException($"'{key}' must be a rule set's YAML text, as a string."),
    } : null;

    private static string? AssessmentText(JsonElement root, string key) => root.TryGetProperty(key, out var value) ? value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => value.GetRawText(),
        JsonValueKind.Null => null,
        _ => throw new FormatException($"'{key}' must be an assessment: an object, or YAML or JSON text as a string."),
    } : null;

    private static Diagnostic Problem(string message) =>
        new(HttpCodes.DiffBadRequest, DiagnosticSeverity.Error, message, SourceLocation.StartOf("(request body)"));
}
