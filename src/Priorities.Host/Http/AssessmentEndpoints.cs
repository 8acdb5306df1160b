using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Priorities.Assessments;
using Priorities.Engine.Diagnostics;

namespace Priorities.Host.Http;

/// <summary>
/// <c>GET /v1/assessments</c> lists the assessment files the review page can open; <c>GET /v1/assessments/{id}</c>
/// gives one as JSON (the body to post to <c>/v1/proposals</c>). An id that is not a plain file name is 400 (PR8140),
/// an unknown one 404 (PR8141), a file that does not read 422 (PR8142), and one with facts marked sensitive is 403
/// (PR8143) for a caller without the full role.
/// </summary>
internal static class AssessmentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/assessments", List)
            .WithName("ListAssessments")
            .WithSummary("The assessment files served beside the API (serve --assessments DIR): id, partnership, period, "
                + "whether any fact is sensitive, and the problem of a file that does not read.")
            .Produces<AssessmentListItem[]>();
        app.MapGet("/v1/assessments/{id}", Get)
            .WithName("GetAssessment")
            .WithSummary("One served assessment as JSON, to post to /v1/proposals. 403 for one with sensitive facts "
                + "unless the caller has the full role.")
            .Produces<Assessment>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static AssessmentListItem[] List(AssessmentFolder folder) =>
        folder.Ids().Select(id => Item(folder, id)).ToArray();

    private static AssessmentListItem Item(AssessmentFolder folder, string id)
    {
        var (assessment, diagnostics) = folder.Read(id);
        if (assessment is null)
            return new AssessmentListItem(id, null, null, false, DiagnosticJson.From(FirstError(diagnostics), folder.Path));
        return new AssessmentListItem(
            id, assessment.Partnership.Name, assessment.Period, AssessmentFolder.HasSensitiveFacts(assessment), null);
    }

    private static IResult Get(string id, HttpContext context, AssessmentFolder folder, HttpServerOptions options)
    {
        if (!AssessmentFolder.IsValidId(id))
            return Problem(StatusCodes.Status400BadRequest, "Invalid assessment id", HttpCodes.BadAssessmentId,
                "An assessment id is a file name without its extension: letters, digits, '.', '-' and '_', no '..'.");
        if (folder.FileOf(id) is null)
            return Problem(StatusCodes.Status404NotFound, "No such assessment", HttpCodes.UnknownAssessment,
                $"There is no assessment '{id}'; GET /v1/assessments lists them.");
        var (assessment, diagnostics) = folder.Read(id);
        if (assessment is null)
        {
            return TypedResults.Problem(
                detail: DiagnosticJson.From(FirstError(diagnostics), folder.Path).Text,
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "The assessment file does not read",
                extensions: new Dictionary<string, object?>
                {
                    ["diagnostics"] = DiagnosticJson.From(diagnostics, folder.Path),
                });
        }
        if (AssessmentFolder.HasSensitiveFacts(assessment) && !AccessRoles.SeesSensitive(context, options))
            return Problem(StatusCodes.Status403Forbidden, "Forbidden", HttpCodes.SensitiveAssessment,
                $"The assessment '{id}' has facts marked sensitive; reading it needs the full role.");
        return TypedResults.Text(AssessmentSerializer.ToJson(assessment), "application/json", Encoding.UTF8);
    }

    private static Diagnostic FirstError(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) ?? diagnostics[0];

    private static ProblemHttpResult Problem(int status, string title, string code, string message)
    {
        var diagnostic = new Diagnostic(code, DiagnosticSeverity.Error, message, SourceLocation.StartOf("(path)"));
        return TypedResults.Problem(detail: message, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["diagnostics"] = DiagnosticJson.From([diagnostic], null) });
    }
}
