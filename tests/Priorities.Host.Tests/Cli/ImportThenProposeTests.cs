using System.Globalization;
using System.Text.RegularExpressions;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Results;
using Process = Priorities.Host.Tests.Import.Cli;

namespace Priorities.Host.Tests.Cli;

/// <summary>
/// The analyst's journey through the built CLI: published data files → <c>import</c> → an assessment →
/// <c>propose</c> (and <c>explain</c>), with the project's copies of the real data as input.
/// </summary>
public sealed partial class ImportThenProposeTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "priorities-journey", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ImportThenPropose_OxfordFixtures_PlanQuotesTheImportedCounts()
    {
        var assessment = Path.Combine(_folder, "oxford.yaml");
        await RunAsync("import", "police-uk", "--input", Process.Fixture("police-uk", "oxford", "combined_oxford_crime_data.csv"),
            "--area", "Oxford", "--current", "2024-07..2024-09", "--previous", "2024-04..2024-06", "--partnership", "Oxford Safer Communities Partnership", "--out", assessment);
        await RunAsync("import", "ons-csp", "--input", Process.Fixture("ons", "csp_table_C2_ye_june2025.csv"), "--area", "Oxford", "--into", assessment);
        await RunAsync("import", "harm", "--input", Process.Fixture("cambridge-chi", "cchi_weights_by_category.csv"), "--missing-weight", "1", "--into", assessment);
        await RunAsync("import", "concern", "--input", Process.Fixture("csew", "CrimeConcern.csv"), "--into", assessment);

        var plan = PlanResultSerializer.FromJson(await RunAsync("propose", "--assessment", assessment, "--format", "json"));

        var imported = AssessmentReader.Read(assessment).Assessment!;
        Assert.Equal("Oxford Safer Communities Partnership", plan.Partnership.Name);
        Assert.Equal(imported.Period, plan.Period);
        AssertChangesQuoteImportedTrends(plan, imported);
        Assert.Contains(plan.Priorities, p => p.Breakdown.Any(b => b.Dimension == "harm" && b.Contribution > 0));
    }

    [Fact]
    public async Task ImportThenProposeAndExplain_NorthumbriaFixtures_RankedAndExplained()
    {
        var assessment = Path.Combine(_folder, "sunderland.yaml");
        await RunAsync("import", "police-uk", "--input", Process.Fixture("police-uk", "northumbria"), "--area", "Sunderland", "--current", "2022-03", "--out", assessment);
        var alone = PlanResultSerializer.FromJson(await RunAsync("propose", "--rules", Path.Combine(Process.Root, "rules", "matrix.yaml"), "--assessment", assessment, "--format", "json"));
        // police.uk counts alone give trend and volume, 3 of the matrix's weight of 8: every candidate is an evidence gap
        // that asks for harm weights, which the next import brings.
        Assert.Contains(alone.EvidenceGaps, g => g.Missing.Contains("harm") && g.Need.Contains("Cambridge Crime Harm Index", StringComparison.Ordinal));
        await RunAsync("import", "harm", "--input", Process.Fixture("cambridge-chi", "cchi_weights_by_category.csv"), "--missing-weight", "1", "--into", assessment);
        var matrix = Path.Combine(Process.Root, "rules", "matrix.yaml");

        var plan = PlanResultSerializer.FromJson(await RunAsync("propose", "--rules", matrix, "--assessment", assessment, "--format", "json"));
        var (id, title) = plan.Priorities.Where(p => !p.Mandatory).Select(p => (p.Id, p.Title))
            .Concat(plan.NotSelected.Select(p => (p.Id, p.Title))).First();
        var explanation = await RunAsync("explain", "--rules", matrix, "--assessment", assessment, "--priority", id);

        Assert.Equal("Sunderland", plan.Partnership.Name);
        AssertChangesQuoteImportedTrends(plan, AssessmentReader.Read(assessment).Assessment!);
        Assert.StartsWith($"{title} ({id})\n", explanation, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every "… changed by N% (A in … to B in …" or "…, from A in … to B in …" reason of a rule that fired, for a selected priority or not, quotes a
    /// trend of the assessment; there is at least one.
    /// </summary>
    private static void AssertChangesQuoteImportedTrends(PlanResult plan, Assessment imported)
    {
        var reasons = plan.Priorities.SelectMany(p => p.Rules).Concat(plan.NotSelected.SelectMany(p => p.Rules)).Select(r => r.Because);
        var lines = reasons.Select(l => ChangeLine().Match(l)).Where(m => m.Success).ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var (previous, current) = (Number(line.Groups["previous"].Value), Number(line.Groups["current"].Value));
            Assert.Contains(imported.Trends, t => t.PreviousCount == previous && t.Count == current);
        }
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    private static async Task<string> RunAsync(params string[] args)
    {
        var (code, output, error) = await Process.RunAsync(args);
        Assert.True(code == 0, $"priorities {string.Join(' ', args)} exited {code}: {error}");
        return output;
    }

    [GeneratedRegex(@" changed by -?[\d.]+%(?: \(|, from )(?<previous>[\d,]+) in .+? to (?<current>[\d,]+) in ")]
    private static partial Regex ChangeLine();
}
