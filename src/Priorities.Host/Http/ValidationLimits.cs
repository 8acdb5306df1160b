namespace Priorities.Host.Http;

/// <summary>
/// The bounds on <c>POST /v1/rulesets/validate</c>, which can cost a CPU for seconds: at most
/// <see cref="Concurrency"/> validations run at once, <see cref="Queue"/> more wait up to <see cref="QueueTimeout"/>,
/// and the rest get 503 with Retry-After, so proposals keep a core.
/// </summary>
internal sealed record ValidationLimits
{
    /// <summary>Validations running at once; by default half the processors, at least one.</summary>
    public int Concurrency { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Validations that may wait for a slot.</summary>
    public int Queue { get; init; } = 4;

    /// <summary>How long a validation may wait for a slot before it gets 503.</summary>
    public TimeSpan QueueTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The Retry-After a refused validation is given, in whole seconds.</summary>
    public int RetryAfterSeconds { get; init; } = 2;
}
