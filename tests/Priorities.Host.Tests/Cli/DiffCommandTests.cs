using System.Text.Json;
using Priorities.Assessments.Reading;
using Priorities.RuleSets;

namespace Priorities.Host.Tests.Cli;

public sealed class DiffCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "priorities-diff-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>rules/oxford.yaml with the trend weight 2 → 3, beside copies of the shipped files it includes.</summary>
    private string HeavierTrend()
    {
        foreach (var file in Directory.GetFiles(RunInProcess.Repo("rules"), "*.yaml")) File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        var text = File.ReadAllText(RunInProcess.Repo("rules", "oxford.yaml")).ReplaceLineEndings("\n");
        var edited = text.Replace("    trend:\n      weight: 2\n", "    trend:\n      weight: 3\n", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        var path = Path.Combine(_folder, "my-oxford.yaml");
        File.WriteAllText(path, edited);
        return path;
    }

    /// <summary>The Oxford sample as last year: fewer bicycle thefts (a fall of 9.9% instead of a rise of 11.7%).</summary>
    private string LastYear()
    {
        var text = File.ReadAllText(RunInProcess.Repo("samples", "oxford-city-2024.yaml")).ReplaceLineEndings("\n");
        var edited = text.Replace("count: 372\n    previousCount: 333\n    change: 39\n    changePct: 11.7",
            "count: 300\n    previousCount: 333\n    change: -33\n    changePct: -9.9", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        var path = Path.Combine(_folder, "oxford-last-year.yaml");
        File.WriteAllText(path, edited);
        return path;
    }

    [Fact]
    public async Task Diff_OneWeightChanged_JsonNamesTheWeightAndTheMoversOfTheBreakdowns()
    {
        var rules = HeavierTrend();

        var (code, output, error) = await RunInProcess.RunAsync("diff", "--rules", rules, "--against", "oxford", "--format", "json");

        Assert.True(code == 0, error);
        var diff = JsonDocument.Parse(output).RootElement;
        Assert.Equal("rule-sets", diff.GetProperty("kind").GetString());
        Assert.Equal("trend", Assert.Single(diff.GetProperty("scoring").GetProperty("changed").EnumerateArray()).GetProperty("id").GetString());
        var sample = ShippedAssessments.Load("oxford-city-2024").Assessment!;
        var trended = RuleSetLoader.Load(rules).RuleSet!.Evaluate(sample).Priorities
            .Where(p => p.Breakdown.Any(c => c.Dimension == "trend" && c.Raw is not null)).Select(p => p.Id).ToArray();
        Assert.NotEmpty(trended);
        Assert.Superset(trended.ToHashSet(), diff.GetProperty("movers").EnumerateArray().Select(m => m.GetString()!).ToHashSet());
    }

    [Fact]
    public async Task Diff_AssessmentAgainstLastYear_TableExplainsCycleCrimeByItsTrend()
    {
        var (code, output, error) = await RunInProcess.RunAsync("diff", "--assessment-against", LastYear());

        Assert.True(code == 0, error);
        Assert.StartsWith("Plan diff: Oxford Safer Communities Partnership", output, StringComparison.Ordinal);
        var line = Assert.Single(output.Split('\n'), l => l.StartsWith("  Cycle crime: ", StringComparison.Ordinal));
        Assert.Contains("; trend ", line, StringComparison.Ordinal);
        Assert.Contains("Rules: one rule set; only the evidence differs.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_AssessmentAgainstLastYear_JsonGivesTheTrendFiguresAsRawCause()
    {
        var (code, output, error) = await RunInProcess.RunAsync("diff", "--assessment-against", LastYear(), "--format", "json");

        Assert.True(code == 0, error);
        var diff = JsonDocument.Parse(output).RootElement;
        var cycle = diff.GetProperty("priorities").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "cycle-crime");
        var trend = cycle.GetProperty("contributions").EnumerateArray().Single(c => c.GetProperty("dimension").GetString() == "trend");
        Assert.Equal(["raw"], trend.GetProperty("causes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal((-9.9, 11.7), (trend.GetProperty("raw").GetProperty("old").GetDouble(), trend.GetProperty("raw").GetProperty("new").GetDouble()));
    }

    [Theory]
    [InlineData("md", "## What changed in the plan")]
    [InlineData("html", "<h2")]
    public async Task Diff_ReportFormat_WritesTheReport(string format, string expected)
    {
        var (code, output, error) = await RunInProcess.RunAsync("diff", "--rules", HeavierTrend(), "--against", "oxford", "--format", format);

        Assert.True(code == 0, error);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_Docx_WritesTheFile()
    {
        var path = Path.Combine(_folder, "changes.docx");

        var (code, _, error) = await RunInProcess.RunAsync("diff", "--rules", HeavierTrend(), "--against", "oxford", "--format", "docx", "--out", path);

        Assert.True(code == 0, error);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(path)[..2]);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("diff", "--against", "oxford", "--assessment-against", "oxford-city-2024")]
    [InlineData("diff", "--against", "oxford", "--format", "docx")]
    [InlineData("diff", "--against", "no-such-rules.yaml")]
    public async Task Diff_CommandLineMistake_ExitsWithUsage(params string[] args)
    {
        var (code, _, error) = await RunInProcess.RunAsync(args);

        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_InvalidAgainstRules_ExitsWithTheirDiagnostics()
    {
        var broken = Path.Combine(_folder, "broken.yaml");
        File.WriteAllText(broken, "ruleset: broken\nversion: 1\nscoring: { method: average }\n");

        var (code, output, error) = await RunInProcess.RunAsync("diff", "--against", broken);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("broken.yaml:3:", error, StringComparison.Ordinal);
    }
}
