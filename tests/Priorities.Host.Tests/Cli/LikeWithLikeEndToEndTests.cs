using Priorities.Assessments;
using Priorities.Results;
using Process = Priorities.Host.Tests.Import.Cli;

namespace Priorities.Host.Tests.Cli;

/// <summary>
/// The built CLI on the shipped Oxford sample: no rationale line mixes periods or geographies without a caveat, and the
/// hidden harms are scored on the published evidence there is.
/// </summary>
public sealed class LikeWithLikeEndToEndTests : IDisposable
{
    private const string Caution = " Caution: ";
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "priorities-like", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Propose_OxfordSample_NoRationaleLineMixesPeriodsOrGeographiesWithoutACaveat()
    {
        var (plan, assessment) = await OxfordAsync();
        var current = assessment.Period.Label!;
        var previous = assessment.PreviousPeriod!.Label!;
        var national = assessment.Concern.Where(c => c.Geography == Geographies.National).Select(c => c.Source).ToList();
        var seen = new int[3];

        foreach (var line in plan.Priorities.SelectMany(p => p.Rationale))
        {
            var at = line.IndexOf(Caution, StringComparison.Ordinal);
            var (claim, caveat) = at < 0 ? (line, string.Empty) : (line[..at], line[at..]);
            if (claim.Contains(current, StringComparison.Ordinal) && claim.Contains(previous, StringComparison.Ordinal))
            {
                Assert.Contains("quarter on quarter", caveat, StringComparison.Ordinal);
                seen[0]++;
            }
            if (claim.Contains(current, StringComparison.Ordinal) && claim.Contains(" a year", StringComparison.Ordinal))
            {
                Assert.Contains("scaled to a year from 3 months", caveat, StringComparison.Ordinal);
                seen[1]++;
            }
            if (national.Any(source => claim.Contains(source, StringComparison.Ordinal)))
            {
                Assert.Contains("a national figure", caveat, StringComparison.Ordinal);
                Assert.Contains("years before the end of the assessment period", caveat, StringComparison.Ordinal);
                seen[2]++;
            }
        }

        Assert.All(seen, count => Assert.True(count > 0));
        Assert.Equal(
            [DataQualityKinds.SeasonalComparison, DataQualityKinds.Annualised, DataQualityKinds.NotLocal, DataQualityKinds.OldEvidence],
            plan.DataQuality.Select(n => n.Kind).Where(k => k is DataQualityKinds.SeasonalComparison or DataQualityKinds.Annualised
                or DataQualityKinds.NotLocal or DataQualityKinds.OldEvidence));
    }

    [Fact]
    public async Task Propose_OxfordSample_DomesticAbuseScoredOnOnsYearAndHarm()
    {
        var (plan, _) = await OxfordAsync();

        var vawg = Assert.Single(plan.Priorities, p => p.Id == "domestic-abuse-vawg");
        Assert.True(vawg.Breakdown.Single(b => b.Dimension == "harm").Score > 0);
        Assert.Contains(vawg.Rationale, l => l.StartsWith("Sexual offences: 592 offences a year in Oxford (2024-07..2025-06", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportPoliceUk_QuarterOnQuarter_WarnsPR4060AndTheTrendsSaySo()
    {
        var path = Path.Combine(_folder, "oxford.yaml");
        var input = Process.Fixture("police-uk", "oxford", "combined_oxford_crime_data.csv");

        var (code, _, error) = await Process.RunAsync("import", "police-uk", "-i", input, "-a", "Oxford", "--current", "2024-07..2024-09",
            "--previous", "2024-04..2024-06", "-o", path);

        Assert.Equal(0, code);
        Assert.Contains("warning PR4060: the previous window 2024-04..2024-06 is not the same months a year before", error, StringComparison.Ordinal);
        var trends = AssessmentSerializer.FromYaml(await File.ReadAllTextAsync(path)).Trends;
        Assert.All(trends, t => Assert.Equal((TrendComparisons.Consecutive, "2024-04..2024-06"), (t.Comparison, t.PreviousPeriod)));
    }

    private static async Task<(PlanResult Plan, Assessment Assessment)> OxfordAsync()
    {
        var (code, output, error) = await Process.RunAsync("propose", "--format", "json");
        Assert.Equal((0, string.Empty), (code, error));
        var sample = await File.ReadAllTextAsync(Path.Combine(Process.Root, "samples", "oxford-city-2024.yaml"));
        return (PlanResultSerializer.FromJson(output), AssessmentSerializer.FromYaml(sample));
    }
}
