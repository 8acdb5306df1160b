using Priorities.Assessments;

namespace Priorities.Host.Http;

/// <summary>An assessment read from a request, or the problem answer (400, 413, 415) that replaces it.</summary>
/// <param name="Assessment">The assessment, when the body was one.</param>
/// <param name="Problem">The problem answer, when it was not.</param>
internal sealed record ParsedAssessment(Assessment? Assessment, IResult? Problem)
{
    public static async Task<ParsedAssessment> ReadAsync(HttpRequest request, HttpServerOptions options, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, options.MaxRequestBytes, RequestBody.JsonOrYaml, cancellationToken).ConfigureAwait(false);
        if (body.Problem is not null) return new ParsedAssessment(null, body.Problem);
        var (assessment, diagnostics) = AssessmentBody.Parse(body.Text!);
        return assessment is null
            ? new ParsedAssessment(null, Problems.Invalid("The request body is not a valid assessment", diagnostics))
            : new ParsedAssessment(assessment, null);
    }
}
