using Priorities.Hosting;
using Priorities.Results;

namespace Priorities.Host.Http;

/// <summary><c>GET /health</c>: 200 with the served rule set while the service can propose plans.</summary>
internal static class HealthEndpoint
{
    /// <summary>The route, open to every caller.</summary>
    public const string Path = "/health";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(Path, (IRuleSetProvider rules) => TypedResults.Ok(new Health("ok", rules.RuleSet.Info)))
            .AllowAnonymous()
            .WithName("Health")
            .WithSummary("Liveness and the served rule set.");

    /// <summary>The health answer.</summary>
    /// <param name="Status">Always <c>ok</c>.</param>
    /// <param name="RuleSet">The served rule set.</param>
    internal sealed record Health(string Status, RuleSetInfo RuleSet);
}
