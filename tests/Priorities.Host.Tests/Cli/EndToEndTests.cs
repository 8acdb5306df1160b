using Priorities.Results;
using Process = Priorities.Host.Tests.Import.Cli;

namespace Priorities.Host.Tests.Cli;

/// <summary>The built <c>priorities</c> CLI run as a process, from a folder that is not the repository, with the shipped defaults.</summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "priorities-cli-e2e", Guid.NewGuid().ToString("N"))).FullName;

    private static string OxfordRules => Path.Combine(Process.Root, "rules", "oxford.yaml");

    private static string OxfordSample => Path.Combine(Process.Root, "samples", "oxford-city-2024.yaml");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Propose_NoOptions_TableOfShippedDefaultsAndExitZero()
    {
        var (code, output, error) = await Process.RunAsync("propose");

        Assert.Equal((0, string.Empty), (code, error));
        Assert.StartsWith("Proposed priorities for Oxford Safer Communities Partnership, ", output, StringComparison.Ordinal);
        Assert.Contains("Rank  Priority", output, StringComparison.Ordinal);
        Assert.Matches(@"\n\s+1  \S", output);
        Assert.Matches(@"\nRule set: \S+ \S+ \(hash [0-9a-f]{8}\)\n$", output);
    }

    [Fact]
    public async Task Test_NoOptions_RunsTheShippedRuleSetTestsAndExitZero()
    {
        var (code, output, error) = await Process.RunAsync("test");

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Matches(@"(^|\n)[1-9]\d* passed, 0 failed\n$", output);
    }

    [Fact]
    public async Task Propose_Json_SameAsLibraryAndByteIdenticalTwice()
    {
        var first = await Process.RunAsync("propose", "--format", "json", "--rules", OxfordRules, "--assessment", OxfordSample);
        var second = await Process.RunAsync("propose", "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        var result = PlanResultSerializer.FromJson(first.Output);
        Assert.Equal(first.Output, PlanResultSerializer.ToJson(result));
        Assert.Contains(result.Priorities, p => p.Mandatory);
    }

    [Fact]
    public async Task Propose_AssessmentNestedSixtyThousandDeep_ExitsOneWithThePlaceNotACrash()
    {
        var path = Path.Combine(_folder, "deep.yaml");
        await File.WriteAllTextAsync(path, new string('[', 60_000));

        var (code, output, error) = await Process.RunAsync("propose", "--assessment", path);

        Assert.Equal((1, string.Empty), (code, output));
        Assert.Contains($"{path}:1:65: error PR3010: The document is nested more than 64 levels deep.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_OutFile_WritesFileAndNothingToStandardOutput()
    {
        var path = Path.Combine(_folder, "plan.json");

        var (code, output, _) = await Process.RunAsync("propose", "--format", "json", "--out", path);

        Assert.Equal((0, string.Empty), (code, output));
        Assert.NotEmpty(PlanResultSerializer.FromJson(await File.ReadAllTextAsync(path)).Priorities);
    }

    [Fact]
    public async Task Propose_RulesThatNeverSettle_OneLineErrorAndExitOne()
    {
        using var rules = new Http.TinyRules(Http.TinyRules.LoopingRootText);

        var (code, output, error) = await Process.RunAsync("propose", "--rules", rules.Root);

        Assert.Equal((1, string.Empty), (code, output));
        var rule = Array.FindIndex(Http.TinyRules.LoopingRootText.Split('\n'), l => l.Contains("id: echo-again", StringComparison.Ordinal)) + 1;
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(rules.Root)}:{rule}:\d+: error PR5001: [^\n]*'echo-again'[^\n]*\n$", error);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_HarmTrendJoinBomb_PR5004AtTheRuleAndExitOne()
    {
        var sample = Priorities.Assessments.AssessmentSerializer.FromYaml(await File.ReadAllTextAsync(OxfordSample));
        var (trend, harm) = (sample.Trends.First(t => t.Category == "burglary"), sample.Harm.First(h => h.Category == "burglary"));
        var hostile = sample with
        {
            Trends = Enumerable.Range(0, 3000).Select(i => trend with { Source = $"s{i}" }).ToArray(),
            Harm = Enumerable.Range(0, 3000).Select(i => harm with { Weight = i + 1 }).ToArray(),
        };
        var path = Path.Combine(_folder, "hostile.json");
        await File.WriteAllTextAsync(path, Priorities.Assessments.AssessmentSerializer.ToJson(hostile));

        var (code, output, error) = await Process.RunAsync("propose", "--assessment", path);

        Assert.Equal((1, string.Empty), (code, output));
        Assert.Matches(@"(^|\n)\(shipped\)/rules/oxford\.yaml:\d+:\d+: error PR5004: [^\n]*'harm-cchi'[^\n]*\n$", error);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ShippedDefault_SummaryLineAndExitZero()
    {
        var (code, output, _) = await Process.RunAsync("validate", "--rules", OxfordRules);

        Assert.Equal(0, code);
        Assert.Matches(@"^\S+oxford\.yaml: valid — \S+ \S+, \d+ priorities, \d+ rules, \d+ warnings?, hash [0-9a-f]{8}\n$", output);
    }

    [Fact]
    public async Task Explain_FirstRankedPriority_RankBreakdownAndRules()
    {
        var plan = PlanResultSerializer.FromJson((await Process.RunAsync("propose", "--format", "json")).Output);
        var first = plan.Priorities[0];

        var (code, output, error) = await Process.RunAsync("explain", "--priority", first.Id);

        Assert.Equal((0, string.Empty), (code, error));
        Assert.StartsWith($"{first.Title} ({first.Id})\nRank 1 of {plan.Priorities.Count} ", output, StringComparison.Ordinal);
        Assert.Contains("Score breakdown:\n  Dimension", output, StringComparison.Ordinal);
        Assert.Contains($"Rules that fired:\n  {first.Rules[0].Id}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_MisspeltPriority_UsageExitTwoWithDidYouMean()
    {
        var plan = PlanResultSerializer.FromJson((await Process.RunAsync("propose", "--format", "json")).Output);
        var id = plan.Priorities[0].Id;
        var misspelt = id[..^1] + (id[^1] == 'z' ? 'y' : 'z');

        var (code, output, error) = await Process.RunAsync("explain", "--priority", misspelt);

        Assert.Equal((2, string.Empty), (code, output));
        Assert.Equal($"error: --priority: rule set {plan.RuleSet.Id} has no priority '{misspelt}'. Did you mean '{id}'?\n", error);
    }

    [Fact]
    public async Task Propose_InvalidAssessment_ExitOneNamingTheFile()
    {
        var path = Path.Combine(_folder, "notes.yaml");
        await File.WriteAllTextAsync(path, "shopping:\n  - milk\n");

        var (code, output, error) = await Process.RunAsync("propose", "--assessment", path);

        Assert.Equal((1, string.Empty), (code, output));
        Assert.StartsWith($"{path}:1:1: error PR3003: Unknown key 'shopping'.", error, StringComparison.Ordinal);
        Assert.Contains($"{path}:1:1: error PR3004: Missing required key 'partnership'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_InvalidRulesAndAssessment_ReportsBothAtOnce()
    {
        var assessment = Path.Combine(_folder, "notes.yaml");
        await File.WriteAllTextAsync(assessment, "shopping:\n  - milk\n");
        var rules = Path.Combine(_folder, "rules.yaml");
        await File.WriteAllTextAsync(rules, "ruleset: broken\nversion: 1\nscoring: { method: weighted-summ }\n");

        var (code, output, error) = await Process.RunAsync("propose", "--rules", rules, "--assessment", assessment);

        Assert.Equal((1, string.Empty), (code, output));
        Assert.Contains($"{rules}:3:", error, StringComparison.Ordinal);
        Assert.Contains($"{assessment}:1:1: error PR3003: Unknown key 'shopping'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_UnknownOption_ExitTwo()
    {
        var (code, output, error) = await Process.RunAsync("propose", "--colour");

        Assert.Equal((2, string.Empty), (code, output));
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }
}
