namespace Priorities.Engine.Tests.Support;

public sealed class Trend(string category, string area, int count, double deltaPct)
{
    public string Category { get; } = category;

    public string Area { get; } = area;

    public int Count { get; } = count;

    public double DeltaPct { get; } = deltaPct;

    public override string ToString() => $"{Category}/{Area}";
}
