using Priorities.Results;
using Process = Priorities.Host.Tests.Import.Cli;

namespace Priorities.Host.Tests.Cli;

/// <summary>
/// The built CLI on hand-written assessments: one with no duties list (the duties in force are inferred and listed
/// apart), and each kind of bad assessment (refused with its place and code, exit 1, nothing scored).
/// </summary>
public sealed class AssessmentChecksEndToEndTests : IDisposable
{
    private const string Head = """
        partnership: { name: Oxford, code: E22000308, areas: [Oxford] }
        period: { start: "2024-07", end: "2024-09" }
        previousPeriod: { start: "2024-04", end: "2024-06" }

        """;

    private const string Burglary =
        "trends:\n  - { category: burglary, area: Oxford, count: 120, previousCount: 100, change: 20, changePct: 20, source: t }\n";

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "priorities-cli-checks", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> WriteAsync(string text)
    {
        var path = Path.Combine(_folder, "a.yaml");
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    [Fact]
    public async Task Propose_NoDutiesList_DutiesInForceListedApartAndNoPilotForOxford()
    {
        var path = await WriteAsync(Head + Burglary + "previousPlan: [burglary-serious-theft]\n");

        var (code, output, error) = await Process.RunAsync("propose", "--assessment", path);

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Contains("\nStatutory duties the plan must include:\n"
            + "  (The assessment lists no duties: these are the duties in force for its period and area.)\n",
            output, StringComparison.Ordinal);
        Assert.Contains(
            "  Domestic Homicide Reviews (domestic-homicide-review): s.9 Domestic Violence, Crime and Victims Act 2004, "
            + "in force since 13 April 2011; continuing\n",
            output, StringComparison.Ordinal);
        Assert.DoesNotContain("No priority was selected", output, StringComparison.Ordinal);
        Assert.DoesNotContain("offensive-weapons", output, StringComparison.Ordinal);
        Assert.DoesNotContain("score 0, short by", output.Split("Not selected")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProposeJson_NoDutiesList_EveryDutyInForceMandatoryOrListed()
    {
        var path = await WriteAsync(Head + Burglary);

        var (code, output, error) = await Process.RunAsync("propose", "--format", "json", "--assessment", path);

        Assert.Equal((0, string.Empty), (code, error));
        var result = PlanResultSerializer.FromJson(output);
        Assert.Equal(8, result.StatutoryDuties.Count);
        Assert.All(result.StatutoryDuties, d => Assert.Equal(PriorityStatus.Continuing, d.Status));
        Assert.True(Assert.Single(result.Priorities, p => p.Id == "domestic-homicide-review").Mandatory);
        Assert.DoesNotContain(result.NotSelected, n => n.Id is "offensive-weapons-homicide-review" or "prevent" or "serious-violence");
    }

    [Theory]
    [InlineData("period: { start: \"2024-13\", end: \"2024-09\" }\n" + Burglary, "2:18", "PR3023")]
    [InlineData("period: { start: \"2024-09\", end: \"2023-09\" }\n" + Burglary, "2:9", "PR3024")]
    [InlineData("period: { start: \"2024-07\", end: \"2024-09\" }\npreviousPeriod: { start: \"2024-07\", end: \"2024-09\" }\n" + Burglary, "3:17", "PR3025")]
    [InlineData("period: { start: \"2024-07\", end: \"2024-09\" }\ntrends:\n  - { category: burglary, area: Oxford, count: -3, previousCount: 2, change: -5, source: t }\n", "4:48", "PR3026")]
    [InlineData("period: { start: \"2024-07\", end: \"2024-09\" }\nconcern:\n  - { category: burglary, share: 1.4, source: t }\n", "4:34", "PR3027")]
    [InlineData("period: { start: \"2024-07\", end: \"2024-09\" }\ntrends:\n  - { category: burglary, area: Oxford, count: 10, previousCount: 20, change: 10, source: t }\n", "4:79", "PR3028")]
    [InlineData("period: { start: \"2024-07\", end: \"2024-09\" }\ntrends:\n  - { category: burglary, area: Oxford, count: 10, previousCount: 20, change: -10, changePct: 300, source: t }\n", "4:95", "PR3029")]
    public async Task Propose_BadAssessment_RefusedWithPlaceAndCodeExitOne(string body, string place, string diagnostic)
    {
        var path = await WriteAsync("partnership: { name: Oxford, code: E22000308, areas: [Oxford] }\n" + body);

        var (code, output, error) = await Process.RunAsync("propose", "--format", "json", "--assessment", path);

        Assert.Equal((1, string.Empty), (code, output));
        Assert.Contains($"{path}:{place}: error {diagnostic}: ", error, StringComparison.Ordinal);
    }
}
