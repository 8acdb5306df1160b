using System.Globalization;
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
    public async Task PoliceUk_OneFileToFile_SummaryCountsInWords()
    {
        var path = Path.Combine(_folder, "one.yaml");
        var input = Cli.Fixture("police-uk", "northumbria", "2022-03-northumbria-street.csv");

        var (code, output, _) = await Cli.RunAsync("import", "police-uk", "-i", input, "-a", "Sunderland", "--current", "2022-03", "--allow-gaps", "-o", path);

        Assert.Equal(0, code);
        var assessment = AssessmentSerializer.FromYaml(await File.ReadAllTextAsync(path));
        var (facts, notes) = (assessment.Trends.Count, assessment.DataQuality.Count);
        var rows = (await File.ReadAllLinesAsync(input)).Length - 1;
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $": {facts:N0} facts, {notes:N0} data-quality notes, from {rows:N0} rows in 1 file.\n"), output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
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
        Assert.StartsWith($"{input}:7:{lines[6].IndexOf("2022/03", StringComparison.Ordinal) + 1}: error PR4020: malformed month '2022/03'", error, StringComparison.Ordinal);
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

    [Fact]
    public async Task OnsCsp_CountNotANumber_ExitOneWithFileLineColumnAndCode()
    {
        var lines = (await File.ReadAllTextAsync(Cli.Fixture("ons", "csp_table_C2_ye_june2025.csv"))).Split("\r\n");
        var oxford = Array.FindIndex(lines, l => l.Contains("E22000308", StringComparison.Ordinal));
        lines[oxford] = lines[oxford].Replace("\"5,153 \"", "lots", StringComparison.Ordinal);
        var input = Path.Combine(_folder, "c2.csv");
        await File.WriteAllTextAsync(input, string.Join("\r\n", lines));

        var (code, output, error) = await Cli.RunAsync("import", "ons-csp", "-i", input, "-a", "Oxford");

        Assert.Equal((1, string.Empty), (code, output));
        var line = oxford + 1 + lines.Take(oxford).Sum(l => l.Count(c => c == '\n'));
        var column = lines[oxford].IndexOf(",lots,", StringComparison.Ordinal) + 2;
        Assert.Equal($"{input}:{line}:{column}: error PR4021: column 'Violence against the person': 'lots' is not a count.\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task PoliceUk_FileWithHeaderOnly_WarningWithCodeAndExitZero()
    {
        var input = Path.Combine(_folder, "2022-03-empty.csv");
        await File.WriteAllTextAsync(input, (await File.ReadAllLinesAsync(Cli.Fixture("police-uk", "northumbria", "2022-03-northumbria-street.csv")))[0] + "\n");
        var path = Path.Combine(_folder, "out.yaml");

        var (code, _, error) = await Cli.RunAsync("import", "police-uk", "-i", Northumbria, "-i", input, "-a", "Sunderland", "--current", "2022-03", "-o", path);

        Assert.Equal(0, code);
        Assert.Equal($"{input}:1: warning PR4050: the file has a header but no rows.\n", error.ReplaceLineEndings("\n"));
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
