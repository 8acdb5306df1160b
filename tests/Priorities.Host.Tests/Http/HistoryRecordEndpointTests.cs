using System.Net;

namespace Priorities.Host.Tests.Http;

/// <summary>Over HTTP a plan history's decision record is read only when it comes inline: no path is ever opened.</summary>
public sealed class HistoryRecordEndpointTests
{
    private const string Head = "partnership: {name: Test}\nperiod: {start: \"2025-01\", end: \"2025-12\"}\n";

    [Fact]
    public async Task Propose_RecordPathWithoutAdopted_Returns400PR3066AndReadsNoFile()
    {
        await using var api = await TestApi.StartAsync();
        var yaml = Head + "history:\n  - {year: 2024, decisionRecord: /etc/passwd}\n";

        using var response = await api.Client.PostAsync("/v1/proposals", TestApi.Body(yaml, "application/yaml"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var diagnostic = problem.GetProperty("diagnostics")[0];
        Assert.Equal("PR3066", diagnostic.GetProperty("code").GetString());
        Assert.DoesNotContain("root:", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_RecordPathWithAdopted_ProposesWithoutReadingIt()
    {
        await using var api = await TestApi.StartAsync();
        var yaml = Head + "history:\n  - {year: 2024, adopted: [x], decisionRecord: /etc/passwd}\n";

        using var response = await api.Client.PostAsync("/v1/proposals", TestApi.Body(yaml, "application/yaml"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
    }
}
