using System.Net;
using System.Security.Cryptography;
using System.Text;
using Priorities.Assessments;
using Priorities.Host.Http;

namespace Priorities.Host.Tests.Http;

/// <summary>One decision log line per proposal or report: who, rule set, assessment hash, status, time; no evidence.</summary>
public sealed class DecisionLogTests
{
    private static readonly string Category = typeof(DecisionLog).FullName!;

    [Theory]
    [InlineData("/v1/proposals")]
    [InlineData("/v1/reports?format=markdown")]
    public async Task Post_WithKey_LogsCallerHashesAndStatusWithoutEvidence(string endpoint)
    {
        using var logs = new CapturedLogs();
        await using var api = await TestApi.StartAsync(rootText: SensitiveCase.RootText, configure: Callers.Secured, logs: logs);

        using var response = await api.Client.SendAsync(AuthorisationTests.Post(endpoint).WithKey(Callers.FullKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = Assert.Single(logs.Of(Category));
        Assert.Contains("caller=analyst ", line, StringComparison.Ordinal);
        Assert.Contains("role=full ", line, StringComparison.Ordinal);
        Assert.Contains($"assessment-sha256={AssessmentHash()} ", line, StringComparison.Ordinal);
        Assert.Matches("ruleset=tiny@1 ruleset-sha256=[0-9a-f]{64} ", line);
        Assert.Matches(@"status=200 duration-ms=\d+$", line);
        Assert.DoesNotContain(Callers.FullKey, logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(SensitiveCase.SensitiveNumber, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Testshire", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TokenForPublicRole_LogsSubjectAndRole()
    {
        using var logs = new CapturedLogs();
        await using var api = await TestApi.StartAsync(rootText: SensitiveCase.RootText, configure: Callers.Secured, logs: logs);

        using var response = await api.Client.SendAsync(AuthorisationTests.Post("/v1/proposals").WithToken(Callers.Token("press-7", "public")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("caller=press-7 role=public ", Assert.Single(logs.Of(Category)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BadAssessmentAnonymously_LogsStatusWithoutHash()
    {
        using var logs = new CapturedLogs();
        await using var api = await TestApi.StartAsync(logs: logs);

        using var response = await api.Client.PostAsync("/v1/proposals", TestApi.Body("partnership: 7", "application/yaml"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var line = Assert.Single(logs.Of(Category));
        Assert.Contains("caller=anonymous role=full ", line, StringComparison.Ordinal);
        Assert.Contains("assessment-sha256=- status=400 ", line, StringComparison.Ordinal);
    }

    private static string AssessmentHash()
    {
        var canonical = AssessmentSerializer.ToJson(SensitiveCase.Assessment());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..DecisionLog.AssessmentHashDigits];
    }
}
