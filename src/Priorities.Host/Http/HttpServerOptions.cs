using Priorities.RuleSets.Model;
namespace Priorities.Host.Http;

/// <summary>How the HTTP API is served.</summary>
internal sealed record HttpServerOptions
{
    /// <summary>The default request size limit: 4 MiB.</summary>
    public const long DefaultMaxRequestBytes = 4 * 1024 * 1024;

    /// <summary>Rule files or folders naming the one root rule set to serve.</summary>
    public required IReadOnlyList<string> Rules { get; init; }

    /// <summary>Where to listen, e.g. <c>http://127.0.0.1:5080</c>; several separated by ';'. Null: leave it to the host.</summary>
    public string? Urls { get; init; }

    /// <summary>The largest request body accepted; larger ones get 413.</summary>
    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>Reload the rule set when its files change.</summary>
    public bool WatchRules { get; init; } = true;

    /// <summary>API keys and JWT bearer settings; with none, the API is anonymous (allowed on loopback only).</summary>
    public AuthenticationSetup Authentication { get; init; } = AuthenticationSetup.None;

    /// <summary>Origins allowed to call the API from a browser (CORS); empty: no CORS headers at all.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    /// <summary>Host header values accepted besides the loopback names and the listening URLs' hosts.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>How many rule-set validations run at once, and how many more wait, and for how long.</summary>
    public ValidationLimits ValidationLimits { get; init; } = new();

    /// <summary>The folder of assessments the review page can open (<c>GET /v1/assessments</c>); null: the samples beside the executable.</summary>
    public string? Assessments { get; init; }

    /// <summary>The budget of each evaluation (proposals and reports); PR5004, HTTP 422, over it.</summary>
    public EvaluationBudget Evaluation { get; init; } = EvaluationBudget.Default;
}
