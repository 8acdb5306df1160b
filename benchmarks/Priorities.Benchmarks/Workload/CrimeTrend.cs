namespace Priorities.Benchmarks.Workload;

/// <summary>A recorded crime count for one category, area and year, with its change on the previous year.</summary>
public sealed class CrimeTrend
{
    public CrimeTrend(string category, string area, int year, int count, int previousCount, double deltaPct)
    {
        Category = category;
        Area = area;
        Year = year;
        Count = count;
        PreviousCount = previousCount;
        DeltaPct = deltaPct;
    }

    public string Category { get; }

    public string Area { get; }

    public int Year { get; }

    public int Count { get; }

    public int PreviousCount { get; }

    public double DeltaPct { get; }
}
