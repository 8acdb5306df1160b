using Priorities.Assessments;

namespace Priorities.Host.Tests.Import;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "priorities-cli-tests", Guid.NewGuid().ToString("N"))).FullName;

    private static string Northumbria => Cli.Fixture("police-uk", "northumbria");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task PoliceUk_FixtureFolder_WritesYamlAssessmentAndExitsZero()
    {
        var path = Path.Combine(_folder, "sunderland.yaml");

        var (code, output, error) = await Cli.RunAsync("import", "police-uk", "--input", Northumbria, "--area", "Sunderland", "--current", "2022-03", "--out", path);

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Contains("wrote", output, StringComparison.Ordinal);
        var assessment = AssessmentSerializer.FromYaml(await File.ReadAllTextAsync(path));
        Assert.Equal(14, assessment.Trends.Count);
        Assert.Equal(["Sunderland"], assessment.Partnership.Areas);
        Assert.StartsWith("# data.police.uk street-level crime (Northumbria Police)", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PoliceUk_JsonToStandardOutput_ParsesAndMatchesYaml()
    {
        var yamlPath = Path.Combine(_folder, "a.yaml");
        await Cli.RunAsync("import", "police-uk", "-i", Northumbria, "-a", "Gateshead", "--current", "2022-03", "-o", yamlPath);

        var (code, output, _) = await Cli.RunAsync("import", "police-uk", "-i", Northumbria, "-a", "Gateshead", "--current", "2022-03", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(
            AssessmentSerializer.ToJson(AssessmentSerializer.FromYaml(await File.ReadAllTextAsync(yamlPath))),
            AssessmentSerializer.ToJson(AssessmentSerializer.FromJson(output)));
    }

    [Fact]
    public async Task PoliceUk_MalformedMonth_ExitOneWithFileAndLineAndOutputUntouched()
    {
        var lines = (await File.ReadAllLinesAsync(Cli.Fixture("police-uk", "northumbria", "2022-03-northumbria-street.csv"))).ToList();
        lines[6] = lines[6].Replace("2022-03", "2022/03", StringComparison.Ordinal);
        var input = Path.Combine(_folder, "bad.csv");
        await File.WriteAllLinesAsync(input, lines);
        var path = Path.Combine(_folder, "out.yaml");
        await File.WriteAllTextAsync(path, "previous content");

        var (code, output, error) = await Cli.RunAsync("import", "police-uk", "-i", input, "-a", "Sunderland", "--current", "2022-03", "--allow-gaps", "-o", path);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"{input}:7: error: malformed month '2022/03'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal("previous content", await File.ReadAllTextAsync(path));
        Assert.Equal(2, Directory.GetFiles(_folder).Length);
    }

    [Fact]
    public async Task PoliceUk_GapInPreviousWindow_ExitOneUnlessAllowGaps()
    {
        var path = Path.Combine(_folder, "gap.yaml");

        var (failed, _, error) = await Cli.RunAsync("import", "police-uk", "-i", Northumbria, "-a", "Sunderland", "--current", "2022-03", "--previous", "2020-03", "-o", path);
        var (allowed, _, _) = await Cli.RunAsync("import", "police-uk", "-i", Northumbria, "-a", "Sunderland", "--current", "2022-03", "--previous", "2020-03", "--allow-gaps", "-o", path);

        Assert.Equal((1, 0), (failed, allowed));
        Assert.Contains("months missing from the previous window for Sunderland: no rows in 2020-03", error, StringComparison.Ordinal);
        Assert.Contains(AssessmentSerializer.FromYaml(await File.ReadAllTextAsync(path)).DataQuality, n => n.Kind == "missing-months" && n.From == "2020-03");
    }

    [Theory]
    [InlineData("import", "police-uk", "--current", "2022-03")]
    [InlineData("import", "police-uk", "--input", "/no/such/path", "--current", "2022-03")]
    [InlineData("import", "police-uk", "--input", ".", "--current", "2022-3")]
    [InlineData("import", "police-uk", "--input", ".", "--current", "2022-03", "--frobnicate")]
    [InlineData("import", "police-uk", "--input", ".", "--current", "2022-03", "--format", "xml")]
    [InlineData("import")]
    [InlineData("export")]
    public async Task Import_UsageMistake_ExitTwoWithMessage(params string[] args)
    {
        var (code, output, error) = await Cli.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ImportPoliceUk_ListsOptionsAndExitsZero()
    {
        var (code, output, _) = await Cli.RunAsync("import", "police-uk", "--help");

        Assert.Equal(0, code);
        Assert.Contains("--allow-gaps", output, StringComparison.Ordinal);
        Assert.Contains("--current <YYYY-MM..YYYY-MM>", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnsCspThenHarmThenConcern_IntoOneAssessment_AllFactsKept()
    {
        var path = Path.Combine(_folder, "oxford.json");

        var ons = await Cli.RunAsync("import", "ons-csp", "-i", Cli.Fixture("ons", "csp_table_C2_ye_june2025.csv"), "-a", "Oxford", "-o", path);
        var harm = await Cli.RunAsync("import", "harm", "-i", Cli.Fixture("cambridge-chi", "cchi_weights_by_category.csv"), "--into", path, "--date", "2026", "--missing-weight", "1");
        var concern = await Cli.RunAsync("import", "concern", "-i", Cli.Fixture("csew", "CrimeConcern.csv"), "--into", path);

        Assert.Equal((0, 0, 0), (ons.ExitCode, harm.ExitCode, concern.ExitCode));
        var assessment = AssessmentSerializer.FromJson(await File.ReadAllTextAsync(path));
        Assert.Equal(("Oxford", 24, 14, 3), (assessment.Partnership.Name, assessment.Volumes.Count, assessment.Harm.Count, assessment.Concern.Count));
        Assert.Equal(3, assessment.Sources.Count);
    }

    [Fact]
    public async Task Harm_WithoutInto_ExitTwo()
    {
        var (code, _, error) = await Cli.RunAsync("import", "harm", "-i", Cli.Fixture("cambridge-chi", "cchi_weights_by_category.csv"));

        Assert.Equal(2, code);
        Assert.Contains("--into", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Harm_IntoFileThatIsNotAnAssessment_ExitOneNamingTheFile()
    {
        var into = Path.Combine(_folder, "notes.yaml");
        await File.WriteAllTextAsync(into, "shopping:\n  - milk\n");

        var (code, _, error) = await Cli.RunAsync("import", "harm", "-i", Cli.Fixture("cambridge-chi", "cchi_weights_by_category.csv"), "--into", into);

        Assert.Equal(1, code);
        Assert.StartsWith($"{into}:1:1: error PR3003: Unknown key 'shopping'.", error, StringComparison.Ordinal);
        Assert.Equal("shopping:\n  - milk\n", await File.ReadAllTextAsync(into));
    }
}
