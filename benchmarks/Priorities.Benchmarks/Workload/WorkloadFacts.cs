namespace Priorities.Benchmarks.Workload;

/// <summary>The generated facts of one workload, by type.</summary>
public sealed class WorkloadFacts
{
    public WorkloadFacts(
        IReadOnlyList<StatutoryDuty> duties,
        IReadOnlyList<HarmScore> harms,
        IReadOnlyList<CommunityConcern> concerns,
        IReadOnlyList<CrimeTrend> trends)
    {
        Duties = duties;
        Harms = harms;
        Concerns = concerns;
        Trends = trends;
    }

    public IReadOnlyList<StatutoryDuty> Duties { get; }

    public IReadOnlyList<HarmScore> Harms { get; }

    public IReadOnlyList<CommunityConcern> Concerns { get; }

    public IReadOnlyList<CrimeTrend> Trends { get; }

    /// <summary>The total number of facts of all four types.</summary>
    public int Count => Duties.Count + Harms.Count + Concerns.Count + Trends.Count;
}
