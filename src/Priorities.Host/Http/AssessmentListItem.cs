using Priorities.Assessments;

namespace Priorities.Host.Http;

/// <summary>One assessment file as <c>GET /v1/assessments</c> lists it.</summary>
/// <param name="Id">Its file name without the extension: what <c>GET /v1/assessments/{id}</c> and <c>/plans/{id}</c> take.</param>
/// <param name="Partnership">The partnership's name; null when the file cannot be read.</param>
/// <param name="Period">The period it covers; null when the file cannot be read.</param>
/// <param name="Sensitive">Whether any of its facts is marked sensitive (only the full role may then read it).</param>
/// <param name="Problem">Why it cannot be opened (its first error), or null.</param>
internal sealed record AssessmentListItem(
    string Id, string? Partnership, AssessmentPeriod? Period, bool Sensitive, DiagnosticJson? Problem);
