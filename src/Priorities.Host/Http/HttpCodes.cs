namespace Priorities.Host.Http;

/// <summary>Diagnostic codes of the HTTP API's own input checks.</summary>
internal static class HttpCodes
{
    /// <summary>The body is not valid UTF-8.</summary>
    public const string NotUtf8 = "PR8101";

    /// <summary>An include of posted rule-set text could not be read.</summary>
    public const string IncludeUnreadable = "PR8104";

    /// <summary>A query parameter has a value the endpoint does not know.</summary>
    public const string BadQuery = "PR8105";

    /// <summary>Rule-set validation is at its concurrency limit and its queue is full (503, retry later).</summary>
    public const string ValidationBusy = "PR8106";

    /// <summary>An entry of the API key list is malformed (serve refuses to start).</summary>
    public const string BadApiKeyEntry = "PR8107";

    /// <summary>The JWT signing key file cannot be used (serve refuses to start).</summary>
    public const string BadSigningKey = "PR8108";

    /// <summary>An assessment id that is not a plain file name (<c>GET /v1/assessments/{id}</c>, 400).</summary>
    public const string BadAssessmentId = "PR8140";

    /// <summary>No served assessment has that id (404).</summary>
    public const string UnknownAssessment = "PR8141";

    /// <summary>A served assessment file cannot be read: too large, a link, or not a valid assessment.</summary>
    public const string AssessmentUnreadable = "PR8142";

    /// <summary>A served assessment has facts marked sensitive and the caller lacks the full role (403).</summary>
    public const string SensitiveAssessment = "PR8143";
    /// <summary>A sensitivity analysis asked for more samples than the server allows (or fewer than one).</summary>
    public const string SensitivitySamples = "PR8130";
    /// <summary>
    /// A <c>POST /v1/rulesets/diff</c> body that is not a JSON object with <c>assessment</c> and exactly one of
    /// <c>against</c> and <c>assessmentAgainst</c> (rule sets as YAML text), with no other keys.
    /// </summary>
    public const string DiffBadRequest = "PR8120";

    /// <summary>A rule set posted to <c>POST /v1/rulesets/diff</c> that is a roll-up rule set (<c>kind: rollup</c>).</summary>
    public const string DiffRollUp = "PR8121";

    /// <summary>A <c>POST /v1/adoptions</c> body that is not a JSON object with <c>proposal</c> and <c>decisions</c>.</summary>
    public const string AdoptionBadRequest = "PR7011";
}
