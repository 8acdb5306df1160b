using System.Globalization;
using Priorities.Assessments;

namespace Priorities.Evaluation;

/// <summary>
/// The plans a partnership adopted before this assessment, read from <see cref="Assessment.History"/> or, when the
/// assessment gives <see cref="Assessment.PreviousPlan"/> instead, as a one-year history. Last year is the year before
/// the end year of the assessment's period; a run of plans is unbroken when every year of it has a plan.
/// </summary>
internal sealed class PlanHistory
{
    private readonly Dictionary<int, HashSet<string>> _plans;
    private readonly PlanHistoryEntry? _last;

    private PlanHistory(int lastYear, IReadOnlyList<PlanHistoryEntry> entries)
    {
        LastYear = lastYear;
        _plans = entries.GroupBy(e => e.Year)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Adopted).ToHashSet(StringComparer.Ordinal));
        _last = entries.FirstOrDefault(e => e.Year == lastYear);
        LastPlan = _last?.Adopted.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray() ?? [];
    }

    /// <summary>The year of last year's plan: the year before the end year of the assessment's period.</summary>
    public int LastYear { get; }

    /// <summary>Last year's adopted priority ids (ordinal order); empty when the history has no plan that year.</summary>
    public IReadOnlyList<string> LastPlan { get; }

    /// <summary>Whether last year's plan has figures from its decision record.</summary>
    public bool HasLastFigures => _last is { Figures.Count: > 0 };

    public static PlanHistory Of(Assessment a)
    {
        var lastYear = EndYear(a.Period) - 1;
        var entries = a.History.Count > 0 || a.PreviousPlan.Count == 0
            ? a.History
            : [new PlanHistoryEntry { Year = lastYear, Adopted = a.PreviousPlan }];
        return new PlanHistory(lastYear, entries);
    }

    /// <summary>The year a period ends in (its <c>YYYY-MM</c> end); 0 when it cannot be read.</summary>
    public static int EndYear(AssessmentPeriod period) =>
        period.End.Length >= 4 && int.TryParse(period.End.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year : 0;

    public bool InLastPlan(string id) => Adopted(LastYear, id);

    /// <summary>The earliest year of the unbroken run of plans, up to last year's, that carry it; null when last year's does not.</summary>
    public int? Since(string id)
    {
        if (!InLastPlan(id)) return null;
        var year = LastYear;
        while (Adopted(year - 1, id)) year--;
        return year;
    }

    /// <summary>How many plans of the history adopted it.</summary>
    public int YearsAdopted(string id) => _plans.Count(p => p.Value.Contains(id));

    /// <summary>The year of the latest plan that adopted it; null when none did.</summary>
    public int? LastAdopted(string id) =>
        _plans.Where(p => p.Value.Contains(id)).Select(p => (int?)p.Key).Max();

    /// <summary>Not in last year's plan, but in an earlier one.</summary>
    public bool Returning(string id) => !InLastPlan(id) && LastAdopted(id) is not null;

    /// <summary>Its figures in last year's plan, from the decision record; null when there are none.</summary>
    public HistoryFigures? LastFigures(string id) =>
        _last?.Figures.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));

    private bool Adopted(int year, string id) => _plans.TryGetValue(year, out var plan) && plan.Contains(id);
}
