namespace Priorities.Host.Http;

/// <summary>
/// The <c>application/problem+json</c> body of a 400 answer as <see cref="Problems.Invalid"/> writes it; the endpoints
/// declare it so the OpenAPI document lists the diagnostics.
/// </summary>
/// <param name="Type">A URI naming the kind of problem.</param>
/// <param name="Title">What kind of input was wrong, such as "The request body is not a valid assessment".</param>
/// <param name="Status">400.</param>
/// <param name="Detail">The first diagnostic's one-line text.</param>
/// <param name="Diagnostics">Every problem found, each with its file, line, column, severity, code and message.</param>
/// <param name="TraceId">The request's trace id, as the server's log names it.</param>
internal sealed record DiagnosticsProblemJson(
    string Type, string Title, int Status, string Detail, IReadOnlyList<DiagnosticJson> Diagnostics, string? TraceId);
