using FsCheck.Xunit;
using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.Results;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class PlanHistoryProperties
{
    private const int EndYear = 2026;
    private static readonly string[] Ids = ["asb", "burglary", "drugs", "hate-crime", "prevent"];

    /// <summary>
    /// For any history (years before the end year, possibly with gaps, in any order) and any priority: the status, the
    /// year of the unbroken run and the last adopted year are what a direct reading of the definitions gives.
    /// </summary>
    [Property(MaxTest = 300)]
    public void Status_GeneratedHistories_Meets_Specification(int seed)
    {
        var random = new Random(seed);
        var history = Generate(random);
        var tracker = new ChangeTracker(PlanHistory.Of(Assessment(history)), new Dictionary<string, string>());

        foreach (var id in Ids)
        {
            var (status, since, lastAdopted) = Reference(history, id);
            Assert.Equal(status, tracker.Status(id));
            Assert.Equal(since, tracker.Since(id));
            Assert.Equal(lastAdopted, tracker.History.LastAdopted(id));
        }
    }

    /// <summary>A previous plan reads as the history of one year, the year before the end year.</summary>
    [Property(MaxTest = 100)]
    public void PreviousPlan_AsOneYearHistory_Meets_Specification(int seed)
    {
        var random = new Random(seed);
        var plan = Ids.Where(_ => random.Next(2) == 0).ToArray();
        var fromList = PlanHistory.Of(Assessment([]) with { PreviousPlan = plan });
        var fromHistory = PlanHistory.Of(Assessment([new PlanHistoryEntry { Year = EndYear - 1, Adopted = plan }]));

        foreach (var id in Ids)
        {
            Assert.Equal(fromHistory.Since(id), fromList.Since(id));
            Assert.Equal(fromHistory.Returning(id), fromList.Returning(id));
            Assert.Equal(fromHistory.LastAdopted(id), fromList.LastAdopted(id));
        }
        Assert.Equal(plan.Order(StringComparer.Ordinal), fromList.LastPlan);
    }

    /// <summary>
    /// The definitions, read directly: continuing when last year's plan has it, since the first year of the run of
    /// consecutive years up to last year that all have it; returning when an earlier plan has it; else new.
    /// </summary>
    private static (string Status, int? Since, int? LastAdopted) Reference(IReadOnlyList<PlanHistoryEntry> history, string id)
    {
        var years = history.Where(e => e.Adopted.Contains(id)).Select(e => e.Year).ToHashSet();
        int? last = years.Count == 0 ? null : years.Max();
        if (!years.Contains(EndYear - 1)) return (last is null ? PriorityStatus.New : PriorityStatus.Returning, null, last);
        var since = EndYear - 1;
        for (var year = EndYear - 2; years.Contains(year); year--) since = year;
        return (PriorityStatus.Continuing, since, last);
    }

    private static PlanHistoryEntry[] Generate(Random random)
    {
        var years = Enumerable.Range(EndYear - 8, 8).Where(_ => random.Next(3) > 0).ToArray();
        random.Shuffle(years);
        return years.Select(year => new PlanHistoryEntry
        {
            Year = year,
            Adopted = Ids.Where(_ => random.Next(2) == 0).ToArray(),
        }).ToArray();
    }

    private static Assessment Assessment(IReadOnlyList<PlanHistoryEntry> history) => new()
    {
        Partnership = new Partnership { Name = "Test" },
        Period = new AssessmentPeriod { Start = $"{EndYear - 1}-10", End = $"{EndYear}-09" },
        History = history,
    };
}
