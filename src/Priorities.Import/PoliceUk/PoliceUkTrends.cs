using Priorities.Assessments;
using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>Builds the trend facts of a police.uk import: every category in every area, zeros included.</summary>
internal sealed class PoliceUkTrends(PoliceUkImportOptions options, MonthRange current, MonthRange previous, CountGrid counts)
{
    private static readonly int CategoryCount = CrimeCategories.All.Count;
    private readonly Dictionary<string, int> _populations = new(options.Populations, StringComparer.OrdinalIgnoreCase);

    public List<TrendFact> Build(IReadOnlyList<AreaRef> areas, string source, IReadOnlyList<int>? seriesMonths)
    {
        var trends = new List<TrendFact>(areas.Count * CategoryCount);
        foreach (var area in areas)
        {
            int? population = _populations.TryGetValue(area.Name, out var p) && p > 0 ? p : null;
            for (var category = 0; category < CategoryCount; category++)
            {
                var slot = (area.Id * CategoryCount) + category;
                var count = Sum(current, slot);
                var trend = Create(CrimeCategories.All[category], area.Name, count, Sum(previous, slot), source) with
                {
                    Period = current.ToString(),
                    PreviousPeriod = previous.ToString(),
                    Comparison = current.ComparisonWith(previous),
                    Geography = Geographies.Local,
                    RatePer1000 = population is { } residents ? ImportText.Round(count * 1000.0 / residents, 2) : null,
                    Series = seriesMonths?.Select(m => new SeriesPoint { Period = YearMonth.FromOrdinal(m).ToString(), Count = counts.Get(m, slot) }).ToArray(),
                };
                trends.Add(trend);
            }
        }
        return trends;
    }

    /// <summary>
    /// A trend fact with its change, percentage change (one decimal place, absent when the previous count is 0)
    /// and small-number flag: both counts below the small-count threshold, or the previous below the base threshold.
    /// </summary>
    internal TrendFact Create(string category, string area, int count, int previousCount, string source) => new()
    {
        Category = category,
        Area = area,
        Count = count,
        PreviousCount = previousCount,
        Change = count - previousCount,
        ChangePct = previousCount == 0 ? null : ImportText.Round(100.0 * (count - previousCount) / previousCount, 1),
        SmallNumbers = (count < options.SmallCountThreshold && previousCount < options.SmallCountThreshold)
            || previousCount < options.SmallBaseThreshold,
        Source = source,
    };

    private int Sum(MonthRange window, int slot)
    {
        var sum = 0;
        foreach (var month in window.Ordinals) sum += counts.Get(month, slot);
        return sum;
    }
}
