namespace Priorities.Benchmarks.Workload;

/// <summary>The four rule shapes of the workload, in the order the generator cycles through them.</summary>
public enum RuleTemplate
{
    RisingTrend,
    HighHarm,
    CommunityConcern,
    StatutoryDuty,
}
