using Priorities.Results;
using Process = Priorities.Host.Tests.Import.Cli;

namespace Priorities.Host.Tests.Cli;

/// <summary>The built CLI given a raw value outside every band or lookup entry of its dimension.</summary>
public sealed class OutOfRangeEndToEndTests : IDisposable
{
    private const string Assessment = """
        partnership: { name: Test, areas: [Oxford] }
        period: { start: "2024-01", end: "2024-12" }
        vulnerability:
          - { indicator: grade, category: anti-social-behaviour, area: Oxford, value: 5, source: test }
        """;

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "priorities-cli-range", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Rules(string impact) => $$"""
        ruleset: grid
        version: "1"
        priorities:
          - { id: asb, title: Anti-social behaviour, theme: Communities, covers: [anti-social-behaviour] }
        scoring:
          method: product
          dimensions:
            impact: { weight: 1, {{impact}} }
        rules:
          - id: impact-from-vulnerability
            when:
              - fact: vulnerability
                as: v
                where: v.category == 'anti-social-behaviour'
            then:
              propose: asb
              score: { impact: v.value }
              because: "impact {v.value}"
        """;

    private async Task<(int Code, string Output, string Error)> ProposeAsync(string impact)
    {
        var rules = Path.Combine(_folder, "grid.yaml");
        var assessment = Path.Combine(_folder, "a.yaml");
        await File.WriteAllTextAsync(rules, Rules(impact));
        await File.WriteAllTextAsync(assessment, Assessment);
        return await Process.RunAsync("propose", "--rules", rules, "--assessment", assessment, "--format", "json");
    }

    [Fact]
    public async Task Propose_ImpactOfFiveOnAOneToFourGrid_ExitsOneWithPR5010AtTheScoreExpression()
    {
        var (code, output, error) = await ProposeAsync("lookup: { 1: 1, 2: 2, 3: 3, 4: 4 }");

        Assert.Equal((1, string.Empty), (code, output));
        Assert.Contains($"{Path.Combine(_folder, "grid.yaml")}:17:24: error PR5010: ", error, StringComparison.Ordinal);
        Assert.Contains("the raw value 5, outside every entry of its lookup (1, 2, 3, 4)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_RawAboveBandsBoundedAtBothEnds_ExitsOneWithPR5011()
    {
        var (code, _, error) = await ProposeAsync("bands: [ { from: 1, to: 3, score: 1 }, { from: 3, to: 5, score: 2 } ]");

        Assert.Equal(1, code);
        Assert.Contains(": error PR5011: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_RawBelowBandsOpenAbove_WarnsInDataQualityAndScoresNothing()
    {
        var (code, output, _) = await ProposeAsync("bands: [ { from: 10, to: 20, score: 1 }, { from: 20, score: 2 } ]");

        Assert.Equal(0, code);
        var result = PlanResultSerializer.FromJson(output);
        var note = Assert.Single(result.DataQuality, n => n.Kind == "outside-bands");
        Assert.Contains("PR5012", note.Message, StringComparison.Ordinal);
        var gap = Assert.Single(result.EvidenceGaps);
        Assert.Equal(("asb", 0.0), (gap.Id, gap.Coverage));
    }
}
