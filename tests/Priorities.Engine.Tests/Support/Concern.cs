namespace Priorities.Engine.Tests.Support;

public sealed class Concern(string category, string area, int level)
{
    public string Category { get; } = category;

    public string Area { get; } = area;

    public int Level { get; } = level;
}
