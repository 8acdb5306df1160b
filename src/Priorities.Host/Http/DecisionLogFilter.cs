using System.Diagnostics;
using Priorities.Hosting;

namespace Priorities.Host.Http;

/// <summary>Writes the <see cref="DecisionLog"/> line of each proposal or report, whatever its outcome.</summary>
internal sealed class DecisionLogFilter(ILoggerFactory loggers, IRuleSetProvider rules, HttpServerOptions options) : IEndpointFilter
{
    private readonly ILogger _logger = loggers.CreateLogger(typeof(DecisionLog).FullName!);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            var result = await next(context).ConfigureAwait(false);
            status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
            return result;
        }
        finally
        {
            Write(context.HttpContext, status, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private void Write(HttpContext http, int status, long milliseconds)
    {
        if (http.RequestAborted.IsCancellationRequested && status == StatusCodes.Status500InternalServerError)
            status = StatusCodes.Status499ClientClosedRequest;
        var decision = Decision.Of(http);
        var ruleSet = decision.RuleSet ?? rules.RuleSet.Info;
        var caller = options.Authentication.IsConfigured ? Printable(http.User.Identity?.Name ?? "(unnamed)") : "anonymous";
        var role = AccessRoles.SeesSensitive(http, options) ? AccessRoles.Full : AccessRoles.Public;
        DecisionLog.Decided(_logger, http.Request.Path, caller, role, ruleSet.Id, ruleSet.Version, ruleSet.Hash,
            decision.AssessmentHash ?? "-", status, milliseconds);
    }

    /// <summary>A token's subject with control characters replaced, so it cannot forge log lines.</summary>
    private static string Printable(string name) =>
        string.Concat(name.Select(c => char.IsControl(c) ? '?' : c));
}
