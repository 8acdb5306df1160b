using System.Globalization;
using System.Threading.RateLimiting;

namespace Priorities.Host.Http;

/// <summary>
/// Holds rule-set validation to <see cref="ValidationLimits"/> with the framework's <see cref="ConcurrencyLimiter"/>:
/// a validation runs when a slot is free, waits briefly in a short queue otherwise, and past that gets 503
/// problem+json (PR8106) with Retry-After, so validations cannot take the cores proposals need.
/// </summary>
internal sealed class ValidationLimit : IEndpointFilter, IDisposable
{
    private readonly ValidationLimits _limits;

    public ValidationLimit(HttpServerOptions options)
    {
        _limits = options.ValidationLimits;
        Limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _limits.Concurrency,
            QueueLimit = _limits.Queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>The limiter (tests hold its slots to see the queue and the refusal).</summary>
    public ConcurrencyLimiter Limiter { get; }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(context.HttpContext.RequestAborted);
        wait.CancelAfter(_limits.QueueTimeout);
        RateLimitLease lease;
        try
        {
            lease = await Limiter.AcquireAsync(1, wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            return Busy(context.HttpContext);
        }
        using (lease)
        {
            return lease.IsAcquired ? await next(context).ConfigureAwait(false) : Busy(context.HttpContext);
        }
    }

    public void Dispose() => Limiter.Dispose();

    private Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Busy(HttpContext http)
    {
        var seconds = _limits.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.RetryAfter = seconds;
        return TypedResults.Problem(
            detail: $"{_limits.Concurrency} rule-set validation(s) are running and {_limits.Queue} waiting; retry after {seconds} s.",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Rule-set validation is busy",
            extensions: new Dictionary<string, object?> { ["code"] = HttpCodes.ValidationBusy });
    }
}
