namespace Priorities.Benchmarks.Workload;

/// <summary>The harm score of one crime category.</summary>
public sealed class HarmScore
{
    public HarmScore(string category, double score)
    {
        Category = category;
        Score = score;
    }

    public string Category { get; }

    public double Score { get; }
}
