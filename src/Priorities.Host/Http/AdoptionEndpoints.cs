using Priorities.Adoption;

namespace Priorities.Host.Http;

/// <summary>
/// <c>POST /v1/adoptions</c>: a proposal and a board's decisions in, the decision record (canonical JSON) out. Refusals
/// are 422 problem+json with their diagnostics; a body that is not <c>{proposal, decisions}</c> is 400. Only callers
/// with full access may record a decision (403 for the public role).
/// </summary>
internal static class AdoptionEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/v1/adoptions", AdoptAsync)
            .WithName("Adopt")
            .WithSummary("Record what a board adopted: apply its decisions (each with a reason) to a proposal; the "
                + "decision record as canonical JSON.")
            .Accepts<AdoptionBody>("application/json")
            .Produces<DecisionRecord>(StatusCodes.Status200OK, "application/json")
            .Produces<DiagnosticsProblemJson>(StatusCodes.Status400BadRequest, Problems.MediaType)
            .Produces<DiagnosticsProblemJson>(StatusCodes.Status422UnprocessableEntity, Problems.MediaType)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<IResult> AdoptAsync(HttpRequest request, HttpServerOptions options, CancellationToken cancellationToken)
    {
        if (!AccessRoles.SeesSensitive(request.HttpContext, options))
            return TypedResults.Problem(
                detail: "Recording a board's decision needs the full role.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        var body = await RequestBody.ReadAsync(request, options.MaxRequestBytes, RequestBody.Json, cancellationToken).ConfigureAwait(false);
        if (body.Problem is not null) return body.Problem;
        var (adoption, problem) = AdoptionRequest.Parse(body.Text!);
        if (adoption is null) return Problems.Invalid("The request body is not an adoption request", [problem!]);
        var result = BoardAdoption.Adopt(adoption.Proposal, AdoptionRequest.ProposalName, adoption.Decisions, AdoptionRequest.DecisionsName);
        return result.Succeeded
            ? TypedResults.Bytes(result.CanonicalJson!, "application/json")
            : Problems.Refused("The board's decisions could not be applied to the proposal", result.Diagnostics);
    }
}
