namespace Priorities.Host.Http;

/// <summary>The error answers every endpoint that reads a request body declares in the OpenAPI document.</summary>
internal static class BodyProblems
{
    /// <summary>
    /// 400 with diagnostics for input that does not read, 413 above the size limit, 415 for another content type,
    /// 401 and 403 for callers without the role, and 422 for rules that cannot evaluate it.
    /// </summary>
    public static RouteHandlerBuilder ProducesBodyProblems(this RouteHandlerBuilder builder) =>
        builder
            .Produces<DiagnosticsProblemJson>(StatusCodes.Status400BadRequest, Problems.MediaType)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
