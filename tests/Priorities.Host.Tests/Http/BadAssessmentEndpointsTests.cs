using System.Net;

namespace Priorities.Host.Tests.Http;

/// <summary>An assessment whose values cannot be true is refused like any other invalid one: 400 with the place.</summary>
public sealed class BadAssessmentEndpointsTests
{
    [Fact]
    public async Task Propose_ChangePctContradictsCounts_Returns400WithCodeAndPlace()
    {
        const string yaml = """
            partnership: { name: Oxford }
            period: { start: "2024-07", end: "2024-09" }
            trends:
              - { category: burglary, area: Oxford, count: 10, previousCount: 20, change: -10, changePct: 300, source: t }
            """;
        await using var api = await TestApi.StartAsync();

        using var response = await api.Client.PostAsync("/v1/proposals", TestApi.Body(yaml, "application/yaml"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var diagnostic = Assert.Single(problem.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("PR3029", 4, 95), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
    }
}
