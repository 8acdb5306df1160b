namespace Priorities.Benchmarks.Workload;

/// <summary>The level of community concern about one crime category in one area.</summary>
public sealed class CommunityConcern
{
    public CommunityConcern(string category, string area, int level)
    {
        Category = category;
        Area = area;
        Level = level;
    }

    public string Category { get; }

    public string Area { get; }

    public int Level { get; }
}
