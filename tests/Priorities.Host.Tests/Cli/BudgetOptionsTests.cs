using System.Net;
using Priorities.Host.Tests.Http;
using Priorities.RuleSets.Model;

namespace Priorities.Host.Tests.Cli;

/// <summary>The evaluation budget set from the command line and for the server.</summary>
public sealed class BudgetOptionsTests
{
    [Theory]
    [InlineData("propose")]
    [InlineData("explain")]
    public async Task Run_OverMaxFirings_ExitsOneWithPR5004(string command)
    {
        string[] extra = command == "explain" ? ["--priority", "anti-social-behaviour"] : [];

        var (code, _, error) = await RunInProcess.RunAsync([command, "--max-firings", "5", .. extra]);

        Assert.Equal(1, code);
        Assert.Contains("PR5004", error, StringComparison.Ordinal);
        Assert.Contains("5 firings", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_GenerousBudget_GivesTheDefaultPlan()
    {
        var (defaultCode, expected, _) = await RunInProcess.RunAsync("propose", "--format", "json");
        var (code, output, _) = await RunInProcess.RunAsync(
            "propose", "--format", "json", "--max-partial-matches", "5000000", "--max-firings", "900000", "--max-seconds", "60");

        Assert.Equal((0, 0), (defaultCode, code));
        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData("--max-partial-matches", "0", "must be positive")]
    [InlineData("--max-firings", "-3", "must be positive")]
    [InlineData("--max-seconds", "0", "more than 0")]
    [InlineData("--max-seconds", "7200", "at most 3600")]
    [InlineData("--max-firings", "many", "many")]
    public async Task Propose_BadBudget_IsAUsageError(string option, string value, string message)
    {
        var (code, _, error) = await RunInProcess.RunAsync("propose", option, value);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_BudgetInOptions_ProposalOverItIs422WithPR5004()
    {
        await using var api = await TestApi.StartAsync(configure: o => o with { Evaluation = new EvaluationBudget { MaxFirings = 1 } });

        using var response = await api.Client.PostAsync("/v1/proposals", TestApi.Body(File.ReadAllText(TestApi.OxfordSample), "application/yaml"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("PR5004", text, StringComparison.Ordinal);
    }
}
