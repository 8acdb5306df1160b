using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Priorities.Host.Http;

namespace Priorities.Host.Tests.Http;

/// <summary>Rule-set validation runs a bounded number at a time; past a short queue it gets 503 with Retry-After.</summary>
public sealed class ValidationLimitTests
{
    [Fact]
    public async Task Validate_AllSlotsTakenAndNoQueue_Returns503ProblemWithRetryAfter()
    {
        await using var api = await StartAsync(queue: 0);
        using var held = await api.Services.GetRequiredService<ValidationLimit>().Limiter.AcquireAsync(1);

        using var response = await api.Client.PostAsync("/v1/rulesets/validate", TestApi.Body(TinyRules.RootText, "application/yaml"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
        Assert.Contains(HttpCodes.ValidationBusy, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_QueuedUntilSlotFrees_Returns200()
    {
        await using var api = await StartAsync(queue: 1);
        var held = await api.Services.GetRequiredService<ValidationLimit>().Limiter.AcquireAsync(1);

        var pending = api.Client.PostAsync("/v1/rulesets/validate", TestApi.Body(TinyRules.RootText, "application/yaml"));
        await Task.Delay(200);
        Assert.False(pending.IsCompleted);
        held.Dispose();
        using var response = await pending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Validate_SlotsTaken_ProposalsStillAnswered()
    {
        await using var api = await StartAsync(queue: 0);
        using var held = await api.Services.GetRequiredService<ValidationLimit>().Limiter.AcquireAsync(1);

        using var response = await api.Client.PostAsync("/v1/proposals", TestApi.Body(SensitiveCase.AssessmentYaml(), "application/yaml"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<TestApi> StartAsync(int queue) => TestApi.StartAsync(configure: o => o with
    {
        ValidationLimits = new ValidationLimits { Concurrency = 1, Queue = queue, QueueTimeout = TimeSpan.FromSeconds(30) },
    });
}
