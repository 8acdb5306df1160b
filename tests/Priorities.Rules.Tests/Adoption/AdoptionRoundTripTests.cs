using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Results;
using Priorities.Rules.Tests.Assessments;

namespace Priorities.Rules.Tests.Adoption;

/// <summary>Proposal, then the board's decisions, then the decision record, then next year's history, then statuses.</summary>
public sealed class AdoptionRoundTripTests
{
    [Fact]
    public void Adopt_RecordInNextYearsHistory_GivesContinuingSinceReturningAndDropped()
    {
        using var folder = new TempFolder();
        var record = AdoptionFixture.Adopt(
            "{action: move, priority: cycle-crime, to: 1, reason: Thefts at the station.}",
            "{action: remove, priority: alcohol-related-disorder, reason: Folded into anti-social behaviour.}",
            "{action: add, priority: fly-tipping, title: Fly-tipping, reason: Residents' survey.}");
        File.WriteAllBytes(folder.File("adopted-2024.json"), record.CanonicalJson!);
        var path = folder.Write("oxford-2025.yaml", AssessmentSerializer.ToYaml(NextYear([
            new PlanHistoryEntry { Year = 2022, Adopted = ["alcohol-related-disorder", "burglary-serious-theft"] },
            new PlanHistoryEntry { Year = 2023, Adopted = ["burglary-serious-theft", "drug-use-dealing"] },
            new PlanHistoryEntry { Year = 2024, DecisionRecord = "adopted-2024.json" },
        ])));

        var read = AssessmentReader.Read(path);
        var plan = AdoptionFixture.Rules.Evaluate(read.Assessment!);

        Assert.Empty(read.Diagnostics);
        Assert.Equal((PriorityStatus.Continuing, 2022), Status(plan, "burglary-serious-theft"));
        Assert.Equal((PriorityStatus.Continuing, 2023), Status(plan, "drug-use-dealing"));
        Assert.Equal((PriorityStatus.Continuing, 2024), Status(plan, "cycle-crime"));
        Assert.Equal((PriorityStatus.Returning, (int?)null), Status(plan, "alcohol-related-disorder"));
        var dropped = Assert.Single(plan.Dropped);
        Assert.Equal(("fly-tipping", (int?)2024), (dropped.Id, dropped.LastAdopted));
        Assert.Contains(plan.Priorities.Single(p => p.Id == "alcohol-related-disorder").Rationale, l => l == "Returning: last in the plan of 2022.");
    }

    [Fact]
    public void Evaluate_ContinuingWithRecord_SaysWhatChangedAgainstLastYearsFigures()
    {
        using var folder = new TempFolder();
        var record = AdoptionFixture.Adopt("{action: move, priority: cycle-crime, to: 1, reason: Thefts at the station.}");
        File.WriteAllBytes(folder.File("adopted.json"), record.CanonicalJson!);
        var path = folder.Write("next.yaml", AssessmentSerializer.ToYaml(NextYear([new PlanHistoryEntry { Year = 2024, DecisionRecord = "adopted.json" }])));

        var plan = AdoptionFixture.Rules.Evaluate(AssessmentReader.Read(path).Assessment!);

        var cycle = plan.Priorities.Single(p => p.Id == "cycle-crime");
        var lastScore = PlanText(AdoptionFixture.Plan.Priorities.Single(p => p.Id == "cycle-crime").Score);
        Assert.Equal($"Ranked {Ordinal(cycle.Rank)}, down from 1st last year.", cycle.SinceLastYear[0]);
        Assert.Equal($"Score {PlanText(cycle.Score)}, as last year.", cycle.SinceLastYear[1]);
        Assert.Equal(lastScore, PlanText(cycle.Score));
        Assert.Contains(cycle.SinceLastYear, s => s.StartsWith("Trend raw value ", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_ContinuingWithoutRecord_ComparesTheCoveredTrends()
    {
        var plan = AdoptionFixture.Plan;

        var burglary = plan.Priorities.Single(p => p.Id == "burglary-serious-theft");
        var trend = AdoptionFixture.Sample.Trends.First(t => t.Category == "burglary");
        var expected = $"Burglary in {trend.Area}: {trend.Count:N0} recorded, {(trend.Count > trend.PreviousCount ? "up" : "down")} from {trend.PreviousCount:N0} in the previous period.";
        Assert.Contains(expected, burglary.SinceLastYear);
        Assert.All(plan.Priorities.Where(p => p.Status != PriorityStatus.Continuing), p => Assert.Empty(p.SinceLastYear));
    }

    private static Assessment NextYear(IReadOnlyList<PlanHistoryEntry> history) => AdoptionFixture.Sample with
    {
        Period = new AssessmentPeriod { Start = "2025-07", End = "2025-09" },
        PreviousPeriod = new AssessmentPeriod { Start = "2025-04", End = "2025-06" },
        PreviousPlan = [],
        History = history,
    };

    private static (string, int?) Status(PlanResult plan, string id) =>
        plan.Priorities.Single(p => p.Id == id) is var p ? (p.Status, p.Since) : default;

    private static string PlanText(double score) => score.ToString("#,##0.0##", System.Globalization.CultureInfo.InvariantCulture);

    private static string Ordinal(int rank) => rank switch { 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{rank}th" };
}
