using System.Text.Json;
using Priorities.Results;

namespace Priorities.Host.Tests.Cli;

/// <summary>Several partnerships in one run, the county roll-up and the merge explanation, through the CLI.</summary>
public sealed class RollUpEndToEndTests
{
    private static readonly string[] Districts =
    [
        RunInProcess.Repo("samples", "oxford-city-2024.yaml"),
        RunInProcess.Repo("samples", "oxfordshire-cherwell.yaml"),
        RunInProcess.Repo("samples", "oxfordshire-south-and-vale.yaml"),
        RunInProcess.Repo("samples", "oxfordshire-west.yaml"),
    ];

    private static readonly string District = RunInProcess.Repo("rules", "oxfordshire-district.yaml");
    private static readonly string County = RunInProcess.Repo("rules", "oxfordshire-rollup.yaml");

    [Fact]
    public async Task Propose_SeveralAssessmentsAsJson_EachPlanIsTheOneProposedAlone()
    {
        var (code, output, error) = await RunInProcess.RunAsync(["propose", "--rules", District, "--format", "json", "--assessment", .. Districts]);

        Assert.True(code == 0, error);
        var batch = PlanBatchSerializer.FromJson(output);
        Assert.Null(batch.Agreement);
        Assert.Equal(Districts.Length, batch.Plans.Count);
        for (var i = 0; i < Districts.Length; i++)
        {
            var alone = await RunInProcess.RunAsync("propose", "--rules", District, "--format", "json", "--assessment", Districts[i]);
            Assert.Equal(alone.Output, PlanResultSerializer.ToJson(batch.Plans[i]));
        }
    }

    [Fact]
    public async Task Propose_WithRollUp_WritesTheAgreementNamingTheDistrictsAndTheMatrix()
    {
        var (code, output, error) = await RunInProcess.RunAsync(
            ["propose", "--rules", District, "--rollup", County, "--county-name", "Oxfordshire", "--assessment", .. Districts]);

        Assert.True(code == 0, error);
        Assert.Contains("County agreement", output, StringComparison.Ordinal);
        Assert.Contains("Proposed priorities for Oxfordshire, 2024-07 to 2025-06", output, StringComparison.Ordinal);
        var matrixHeader = output.Split('\n').Single(l => l.Contains("Agreement  Priority", StringComparison.Ordinal));
        Assert.Contains("Cherwell  South and Vale  West Oxfordshire  Districts", matrixHeader, StringComparison.Ordinal);
        Assert.Contains(output.Split('\n'), l => l.Contains("Possession of weapons", StringComparison.Ordinal) && l.TrimEnd().EndsWith('3'));
    }

    [Fact]
    public async Task Propose_FolderWithRollUpAsJson_AgreementRationaleNamesTheDistricts()
    {
        var folder = Directory.CreateTempSubdirectory("priorities-rollup-").FullName;
        try
        {
            for (var i = 0; i < Districts.Length; i++) File.Copy(Districts[i], Path.Combine(folder, $"{i}-{Path.GetFileName(Districts[i])}"));

            var (code, output, error) = await RunInProcess.RunAsync("propose", "--rules", District, "--rollup", County, "--format", "json", "--assessment", folder);

            Assert.True(code == 0, error);
            using var json = JsonDocument.Parse(output);
            var agreement = json.RootElement.GetProperty("agreement");
            Assert.Equal("Safer Oxfordshire Partnership", agreement.GetProperty("partnership").GetProperty("name").GetString());
            var weapons = agreement.GetProperty("priorities").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "weapons");
            Assert.Contains(weapons.GetProperty("rationale").EnumerateArray(), r => r.GetString()!.Contains(
                "Chosen by 3 of the 4 district plans: Oxford Safer Communities Partnership, Cherwell, West Oxfordshire", StringComparison.Ordinal));
            Assert.Equal(["Oxford Safer Communities Partnership", "Cherwell", "South and Vale", "West Oxfordshire"],
                json.RootElement.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("partnership").GetProperty("name").GetString()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Propose_RollUpAsMarkdown_HasTheMatrixSection()
    {
        var (code, output, error) = await RunInProcess.RunAsync(["propose", "--rules", District, "--rollup", County, "--format", "markdown", "--assessment", .. Districts]);

        Assert.True(code == 0, error);
        Assert.Contains("Priorities across the partnerships", output, StringComparison.Ordinal);
        Assert.Contains("| Cherwell |", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--rules", "oxfordshire-rollup", "is a roll-up rule set; name it with --rollup")]
    [InlineData("--rollup", "matrix", "is not a roll-up rule set")]
    public async Task Propose_RuleSetOfTheWrongKind_IsUsageError(string option, string ruleSet, string message)
    {
        var (code, _, error) = await RunInProcess.RunAsync(["propose", option, ruleSet, "--assessment", .. Districts]);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_ReportOfSeveralWithoutRollUp_IsUsageError()
    {
        var (code, _, error) = await RunInProcess.RunAsync(["propose", "--rules", District, "--format", "html", "--assessment", .. Districts]);

        Assert.Equal(2, code);
        Assert.Contains("--rollup", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_SeveralAssessments_IsUsageError()
    {
        var (code, _, error) = await RunInProcess.RunAsync(["explain", "--priority", "theft", "--assessment", .. Districts]);

        Assert.Equal(2, code);
        Assert.Contains("takes one", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ExplainMerge_ShowsOverriddenAndRemovedWithPlaces()
    {
        var (code, output, error) = await RunInProcess.RunAsync("validate", "--rules", District, "--explain-merge");

        Assert.True(code == 0, error);
        var lines = output.Split('\n');
        Assert.Contains(lines, l => l.Contains("priority", StringComparison.Ordinal) && l.Contains("public-order", StringComparison.Ordinal)
            && l.Contains("removed at ", StringComparison.Ordinal) && l.Contains("oxfordshire-district.yaml:16:10", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("anti-social-behaviour", StringComparison.Ordinal)
            && l.Contains("aims-base.yaml:14:5 (aim); ", StringComparison.Ordinal) && l.Contains("(title, covers)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("dimension", StringComparison.Ordinal) && l.Contains("matrix.yaml:", StringComparison.Ordinal));
    }
}
