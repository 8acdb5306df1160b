namespace Priorities.Host.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private const string Broken = """
        ruleset: broken
        version: 1
        priorities:
          - id: asb
            title: ASB
            theme: Communities
        scoring:
          method: weighted-sum
          dimensions:
            trend: { weight: 2 }
        rules:
          - id: rising
            when:
              - fact: trend
                as: t
                where: has(t.changePct) and t.changePct >= 10
            then:
              propose: asb
              score: { trnd: t.changePct }
              because: "rose"
        """;

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "priorities-validate-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Validate_BrokenFile_EveryDiagnosticAsFileLineColOnStderrAndExitOne()
    {
        var path = await WriteAsync("broken.yaml", Broken);

        var (code, output, error) = await RunInProcess.RunAsync("validate", "--rules", path);

        Assert.Equal((1, string.Empty), (code, output));
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{path}:10:5: warning PR2041: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{path}:19:16: error PR2023: Rule 'rising' scores 'trnd'", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BadExpression_ColumnInsideTheExpression()
    {
        var path = await WriteAsync("expression.yaml", Broken.Replace("trnd", "trend", StringComparison.Ordinal).Replace("t.changePct >= 10", "t.changePtc >= 10", StringComparison.Ordinal));

        var (code, _, error) = await RunInProcess.RunAsync("validate", "--rules", path);

        Assert.Equal(1, code);
        Assert.StartsWith($"{path}:16:39: error EXP003: 't' (a trend fact) has no field 'changePtc' (did you mean 'changePct'?)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ValidAndBroken_SummaryForTheValidOneAndExitOne()
    {
        var broken = await WriteAsync("broken.yaml", Broken);
        var oxford = RunInProcess.Repo("rules", "oxford.yaml");

        var (code, output, error) = await RunInProcess.RunAsync("validate", "--rules", broken, oxford);

        Assert.Equal(1, code);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(oxford)}: valid — oxford-csp \\S+, \\d+ priorities, \\d+ rules, 0 warnings, hash [0-9a-f]{{8}}\n$", output);
        Assert.Contains($"{broken}:19:16: error PR2023: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_FolderOfSeveralRuleSets_UsageErrorListingThem()
    {
        await WriteAsync("a.yaml", Broken.Replace("broken", "a", StringComparison.Ordinal));
        await WriteAsync("b.yaml", Broken.Replace("broken", "b", StringComparison.Ordinal));

        var (code, output, error) = await RunInProcess.RunAsync("propose", "--rules", _folder);

        Assert.Equal((2, string.Empty), (code, output));
        Assert.Contains("name 2 root rule sets (", error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_folder, "a.yaml"), error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_folder, "b.yaml"), error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_InvalidRules_DiagnosticsAndExitOne()
    {
        var path = await WriteAsync("broken.yaml", Broken);

        var (code, output, error) = await RunInProcess.RunAsync("propose", "--rules", path);

        Assert.Equal((1, string.Empty), (code, output));
        Assert.Contains($"{path}:19:16: error PR2023: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private async Task<string> WriteAsync(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllTextAsync(path, text.ReplaceLineEndings("\n"));
        return path;
    }
}
