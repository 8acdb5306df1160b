using System.Text.Json;
using Json.Schema;
using Priorities.Schemas;

namespace Priorities.Host.Tests.Cli;

public sealed class LintCommandTests
{
    private static string Fixture(string name) => RunInProcess.Repo("tests", "Priorities.Rules.Tests", "Linting", "Fixtures", name);

    [Fact]
    public async Task Lint_PlantedPackWithSample_WarningsAtTheirPlacesAndExitZero()
    {
        var rules = Fixture("planted.yaml");

        var (code, output, _) = await RunInProcess.RunAsync("lint", "--rules", rules, "--samples", Fixture("planted-sample.yaml"));

        Assert.Equal(0, code);
        Assert.Contains($"{rules}:13:5: warning PR6100: ", output, StringComparison.Ordinal);
        Assert.Contains($"{rules}:11:34: warning PR6104: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("info:", output, StringComparison.Ordinal);
        Assert.EndsWith("planted 1: 8 warnings, 1 sample\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_NoSamples_OneInfoLineAndOnlyRulesOnlyChecks()
    {
        var (code, output, _) = await RunInProcess.RunAsync("lint", "--rules", Fixture("planted.yaml"));

        Assert.Equal(0, code);
        Assert.Single(output.Split('\n'), l => l.StartsWith("info: no samples given", StringComparison.Ordinal));
        Assert.DoesNotContain("PR6101", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_Json_ValidatesAgainstLintSchema()
    {
        var (code, output, _) = await RunInProcess.RunAsync("lint", "--rules", Fixture("planted.yaml"), "--samples", Fixture("planted-sample.yaml"), "--format", "json");

        Assert.Equal(0, code);
        Assert.Empty(SchemaErrors(JsonSchemas.Lint, output));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(8, json.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task Lint_RuleSetThatDoesNotLoad_ErrorsAndExitOne()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lint-broken-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, "ruleset: broken\nversion: 1\nrules: 12\n");
        try
        {
            var (code, output, error) = await RunInProcess.RunAsync("lint", "--rules", path);

            Assert.Equal((1, string.Empty), (code, output));
            Assert.Contains($"{path}:", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--samples", "no-such-folder")]
    [InlineData("--format", "xml")]
    public async Task Lint_UsageMistake_ExitTwo(string option, string value)
    {
        var (code, _, _) = await RunInProcess.RunAsync("lint", "--rules", Fixture("planted.yaml"), option, value);

        Assert.Equal(2, code);
    }

    internal static IReadOnlyList<string> SchemaErrors(string schemaText, string json)
    {
        var schema = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri("https://priorities.test/schemas/" + Guid.NewGuid().ToString("N") + ".json"));
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid ? [] : (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).DefaultIfEmpty("invalid").ToArray();
    }
}
