using System.Text.Json;
using Priorities.Schemas;

namespace Priorities.Host.Tests.Cli;

public sealed class TestCoverageCommandTests
{
    private static string Planted => RunInProcess.Repo("tests", "Priorities.Rules.Tests", "Linting", "Fixtures", "planted.yaml");

    [Fact]
    public async Task Test_Coverage_RulesAndConditionsBeforeTheSummary()
    {
        var (code, output, _) = await RunInProcess.RunAsync("test", "--rules", Planted, "--coverage");

        Assert.Equal(0, code);
        Assert.Contains(":38:47: v.value > 3: never evaluated\n", output, StringComparison.Ordinal);
        Assert.Contains(": rule never: never fired\n", output, StringComparison.Ordinal);
        Assert.EndsWith("coverage total: rules fired 2/4, conditions covered 4/7\n1 passed, 0 failed\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_WithoutCoverage_PrintsNoCoverage()
    {
        var (code, output, _) = await RunInProcess.RunAsync("test", "--rules", Planted);

        Assert.Equal(0, code);
        Assert.EndsWith("PR2041: No rule scores dimension 'unused', so it always scores its 'missing' value.\n1 passed, 0 failed\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("coverage", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_CoverageJson_ValidatesAgainstCoverageSchema()
    {
        var (code, output, _) = await RunInProcess.RunAsync("test", "--rules", RunInProcess.Repo("rules"), "--coverage", "--format", "json");

        Assert.Equal(0, code);
        Assert.Empty(LintCommandTests.SchemaErrors(JsonSchemas.Coverage, output));
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("totals").GetProperty("conditionsCovered").GetInt32() > 0);
    }

    [Fact]
    public async Task Test_JsonWithoutCoverage_ExitTwo()
    {
        var (code, _, error) = await RunInProcess.RunAsync("test", "--rules", Planted, "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains("--coverage", error, StringComparison.Ordinal);
    }
}
