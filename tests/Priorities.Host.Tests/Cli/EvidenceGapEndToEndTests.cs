using Priorities.Assessments;
using Priorities.Results;
using Process = Priorities.Host.Tests.Import.Cli;

namespace Priorities.Host.Tests.Cli;

/// <summary>
/// The built CLI over the Oxford sample with every fact of one category deleted: the priority that covered it is not
/// scored as 0 and dropped, but listed as an evidence gap (not assessed), and the others keep their scores.
/// </summary>
public sealed class EvidenceGapEndToEndTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "priorities-cli-gaps", Guid.NewGuid().ToString("N"))).FullName;

    private static string OxfordSample => Path.Combine(Process.Root, "samples", "oxford-city-2024.yaml");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> WithoutCategoryAsync(string category)
    {
        var sample = AssessmentSerializer.FromYaml(await File.ReadAllTextAsync(OxfordSample));
        var without = sample with
        {
            Trends = sample.Trends.Where(f => f.Category != category).ToArray(),
            Volumes = sample.Volumes.Where(f => f.Category != category).ToArray(),
            Harm = sample.Harm.Where(f => f.Category != category).ToArray(),
            Concern = sample.Concern.Where(f => f.Category != category).ToArray(),
            Vulnerability = sample.Vulnerability.Where(f => f.Category != category).ToArray(),
        };
        var path = Path.Combine(_folder, "without-" + category + ".yaml");
        await File.WriteAllTextAsync(path, AssessmentSerializer.ToYaml(without));
        return path;
    }

    [Fact]
    public async Task Propose_CategoryDeleted_ItsPriorityIsAnEvidenceGapNotDropped()
    {
        var path = await WithoutCategoryAsync("bicycle-theft");

        var (code, output, error) = await Process.RunAsync("propose", "--assessment", path);

        Assert.Equal((0, string.Empty), (code, error));
        var gaps = output[output.IndexOf("Evidence gaps", StringComparison.Ordinal)..];
        Assert.Contains("Cycle crime (cycle-crime): in last year's plan, not assessed: evidence missing; coverage 9%, no evidence of harm, trend, concern, vulnerability, volume", gaps, StringComparison.Ordinal);
        Assert.Contains("Needs: No evidence of harm, trend, concern, vulnerability or volume for bicycle theft.", gaps, StringComparison.Ordinal);
        Assert.DoesNotContain("Dropped from last year's plan", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProposeJson_CategoryDeleted_OtherPrioritiesUnchanged()
    {
        var path = await WithoutCategoryAsync("bicycle-theft");

        var before = PlanResultSerializer.FromJson((await Process.RunAsync("propose", "--format", "json", "--assessment", OxfordSample)).Output);
        var (code, output, _) = await Process.RunAsync("propose", "--format", "json", "--assessment", path);

        Assert.Equal(0, code);
        var after = PlanResultSerializer.FromJson(output);
        var gap = Assert.Single(after.EvidenceGaps, g => g.Id == "cycle-crime");
        Assert.Equal((PriorityStatus.NotAssessed, 0.091), (gap.Status, gap.Coverage));
        Assert.DoesNotContain(after.Dropped, d => d.Id == "cycle-crime");
        Assert.Equal(0.636, before.Priorities.Single(p => p.Id == "cycle-crime").Coverage);
        foreach (var p in before.Priorities.Where(p => p.Id != "cycle-crime"))
        {
            var same = after.Priorities.Single(q => q.Id == p.Id);
            Assert.Equal((p.Score, p.Coverage), (same.Score, same.Coverage));
        }
    }
}
