using Priorities.Assessments.Reading;
using Priorities.Host.Cli;
using Priorities.RuleSets;
using Priorities.Sensitivity;

namespace Priorities.Host.Tests.Cli;

/// <summary><c>priorities sensitivity</c>: the library's analysis as JSON or a table, options checked.</summary>
public sealed class SensitivityCommandTests
{
    private static readonly string Rules = RunInProcess.Repo("rules", "oxford.yaml");
    private static readonly string Sample = RunInProcess.Repo("samples", "oxford-city-2024.yaml");

    [Fact]
    public async Task Run_Json_TheLibrarysAnalysis()
    {
        var (code, output, error) = await RunInProcess.RunAsync(
            "sensitivity", "--rules", Rules, "--assessment", Sample, "--spread", "15%", "--samples", "250", "--seed", "9",
            "--format", "json");

        Assert.True(code == ExitCodes.Success, error);
        var expected = SensitivityAnalyzer.Analyze(RuleSetLoader.Load(Rules).RuleSet!, AssessmentReader.Read(Sample).Assessment!,
            new SensitivityOptions { Spread = 0.15, Samples = 250, Seed = 9 });
        Assert.Equal(SensitivityResultSerializer.ToJson(expected), output);
    }

    [Fact]
    public async Task Run_SameSeedTwice_SameBytes()
    {
        string[] args = ["sensitivity", "--rules", Rules, "--assessment", Sample, "--samples", "200", "--seed", "4"];

        var first = await RunInProcess.RunAsync(args);
        var second = await RunInProcess.RunAsync(args);

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task Run_Table_SettingsTauAndEveryPriority()
    {
        var (code, output, _) = await RunInProcess.RunAsync("sensitivity", "--samples", "100", "--spread", "10");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("every weight varied by up to 10%: 100 samples, seed 1", output, StringComparison.Ordinal);
        Assert.Contains("Kendall's tau against the proposed order: median", output, StringComparison.Ordinal);
        Assert.Contains("Burglary and other serious theft (stable): Selected in 100% of 100 weightings", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--spread", "lots", "--spread must be a percentage")]
    [InlineData("--spread", "150%", "PR6300")]
    [InlineData("--samples", "0", "PR6301")]
    public async Task Run_BadOption_UsageErrorNamingIt(string option, string value, string expected)
    {
        var (code, _, error) = await RunInProcess.RunAsync("sensitivity", option, value);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
