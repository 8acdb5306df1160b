using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.Host.Tests.Import;

/// <summary><c>import ons-csp --all</c> through the built CLI, on the project's slice of the real tables, then <c>propose</c>.</summary>
public sealed class ImportOnsCspAllCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "priorities-cli-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Out => Path.Combine(_folder, "national");

    private static string Table => Cli.Fixture("national", "csp_table_C2_ye_june2025.csv");

    private static string Population => Cli.Fixture("national", "lad_population_2011_2021.csv");

    [Fact]
    public async Task All_Slice_OneAssessmentPerPartnershipThenProposeQuotesTheComparison()
    {
        var mapping = Path.Combine(_folder, "map.yaml");
        await File.WriteAllTextAsync(mapping, "East and Mid Devon: [E07000040, E07000042]\n");

        var (code, output, error) = await Cli.RunAsync("import", "ons-csp", "--input", Table, "--all", "--population", Population,
            "--mapping", mapping, "--harm", Cli.Fixture("cambridge-chi", "cchi_weights.csv"), "--out-dir", Out);

        Assert.Equal(0, code);
        Assert.Equal($"wrote 31 assessments to {Out}: 24 partnerships with a population, rates and comparisons, 7 partnerships without (population unknown), from 39 rows.\n", output);
        Assert.Equal(7, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("warning PR4090: Chiltern shares district 'E06000060'", error, StringComparison.Ordinal);
        var oxford = Path.Combine(Out, "oxford.yaml");
        Assert.Equal(162_000, AssessmentSerializer.FromYaml(await File.ReadAllTextAsync(oxford)).Partnership.Population);
        var plan = PlanResultSerializer.FromJson((await Cli.RunAsync("propose", "--rules", "matrix", "--assessment", oxford, "--format", "json")).Output);
        var lines = plan.Priorities.SelectMany(p => p.Rationale).ToList();
        Assert.Contains(lines, l => l.Contains("per 1,000 residents in Oxford", StringComparison.Ordinal)
            && l.Contains("× the England and Wales rate, higher than", StringComparison.Ordinal) && l.Contains("of its 10 nearest areas", StringComparison.Ordinal));
        Assert.Contains(plan.Priorities, p => p.Breakdown.Any(b => b.Dimension == "comparison" && b.Contribution > 0));
    }

    [Fact]
    public async Task All_JsonFormat_WritesJsonFiles()
    {
        var (code, _, _) = await Cli.RunAsync("import", "ons-csp", "--input", Table, "--all", "--population", Population, "--format", "json", "--out-dir", Out);

        Assert.Equal(0, code);
        Assert.All(Directory.GetFiles(Out), f => Assert.EndsWith(".json", f, StringComparison.Ordinal));
        Assert.NotEmpty(AssessmentSerializer.FromJson(await File.ReadAllTextAsync(Path.Combine(Out, "reading.json"))).Comparisons);
    }

    [Theory]
    [InlineData("--out-dir", "DIR", "--area", "Oxford")]
    [InlineData("--out-dir", "DIR", "--out", "x.yaml")]
    [InlineData("--population", "POP")]
    public async Task All_WithConflictingOrMissingOptions_UsageError(params string[] extra)
    {
        string[] args = ["import", "ons-csp", "--input", Table, "--all", .. extra.Select(a => a switch { "DIR" => Out, "POP" => Population, _ => a })];

        var (code, output, error) = await Cli.RunAsync(args);

        Assert.Equal((2, string.Empty), (code, output));
        Assert.StartsWith("error: --all", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task OutDirWithoutAll_UsageError()
    {
        var (code, _, error) = await Cli.RunAsync("import", "ons-csp", "--input", Table, "--area", "Oxford", "--out-dir", Out);

        Assert.Equal(2, code);
        Assert.Contains("go with --all", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_MappingMistake_ExitOneWithThePlaceAndNothingWritten()
    {
        var mapping = Path.Combine(_folder, "map.yaml");
        await File.WriteAllTextAsync(mapping, "East and Mid Devon: [E07000040, E07000041]\n");

        var (code, _, error) = await Cli.RunAsync("import", "ons-csp", "--input", Table, "--all", "--population", Population, "--mapping", mapping, "--out-dir", Out);

        Assert.Equal(1, code);
        Assert.StartsWith($"{mapping}:1:33: error PR4084: district 'E07000041' would count for several partnerships (East and Mid Devon, Exeter)", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }
}
