using System.Globalization;
using Priorities.Engine.Diagnostics;
using Priorities.Evaluation;

namespace Priorities.Host.Http;

/// <summary>The <c>application/problem+json</c> answers of the API.</summary>
internal static class Problems
{
    /// <summary>The media type of every error answer.</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>400 with every diagnostic; the detail is the first one's text, with files named as the API names them (no server paths).</summary>
    public static IResult Invalid(string title, IReadOnlyList<Diagnostic> diagnostics, string? rulesFolder = null)
    {
        var shown = DiagnosticJson.From(diagnostics, rulesFolder);
        return TypedResults.Problem(
            detail: shown.Count > 0 ? shown[0].Text : title,
            statusCode: StatusCodes.Status400BadRequest,
            title: title,
            extensions: new Dictionary<string, object?> { ["diagnostics"] = shown });
    }

    public static IResult TooLarge(long limit) =>
        TypedResults.Problem(
            detail: string.Create(CultureInfo.InvariantCulture, $"The request body is larger than the limit of {limit:N0} bytes."),
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large");

    public static IResult UnsupportedMediaType(string? given, IEnumerable<string> accepted) =>
        TypedResults.Problem(
            detail: $"Content-Type '{given ?? "(none)"}' is not accepted here; send {string.Join(" or ", accepted)} (UTF-8).",
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type");

    /// <summary>422 for rules that cannot evaluate the assessment, with their diagnostic (no server paths).</summary>
    public static IResult Unprocessable(RuleSetEvaluationException error, string rulesFolder) =>
        TypedResults.Problem(
            detail: error.Message,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The rule set could not evaluate this assessment",
            extensions: new Dictionary<string, object?> { ["diagnostics"] = Diagnostics(error, rulesFolder) });

    /// <summary>422 for input that reads but is refused (such as a board removing a statutory duty), with every diagnostic.</summary>
    public static IResult Refused(string title, IReadOnlyList<Diagnostic> diagnostics)
    {
        var shown = DiagnosticJson.From(diagnostics, null);
        return TypedResults.Problem(
            detail: shown.Count > 0 ? shown[0].Text : title,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: title,
            extensions: new Dictionary<string, object?> { ["diagnostics"] = shown });
    }

    private static IReadOnlyList<DiagnosticJson> Diagnostics(RuleSetEvaluationException error, string rulesFolder) =>
        error.Diagnostic is { } diagnostic ? DiagnosticJson.From([diagnostic], rulesFolder) : [];
}
