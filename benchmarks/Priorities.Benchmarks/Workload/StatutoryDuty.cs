namespace Priorities.Benchmarks.Workload;

/// <summary>A statutory duty that is in force.</summary>
public sealed class StatutoryDuty
{
    public StatutoryDuty(string name)
    {
        Name = name;
    }

    public string Name { get; }
}
