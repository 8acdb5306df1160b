using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Engine.Diagnostics;

namespace Priorities.Host.Http;

/// <summary>Parses an assessment sent as JSON or YAML, turning every problem into a diagnostic with its position.</summary>
internal static class AssessmentBody
{
    /// <summary>The name diagnostics give the request body.</summary>
    public const string FileName = "(request body)";

    /// <summary>Reads the body with <see cref="AssessmentReader"/>, which tells JSON from YAML and reports every problem at once.</summary>
    public static (Assessment? Assessment, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var result = AssessmentReader.ReadText(FileName, text);
        return (result.Assessment, result.Diagnostics);
    }
}
