namespace Priorities.Architecture.Tests;

/// <summary>The cycle finder the namespace tests rely on.</summary>
public sealed class CyclesTests
{
    private static readonly Dictionary<string, string[]> Graph = new()
    {
        ["a"] = ["b"], ["b"] = ["c"], ["c"] = ["a", "d"], ["d"] = ["e"], ["e"] = ["d"], ["f"] = ["a"],
    };

    [Fact]
    public void Find_TwoLoopsAndATail_ReportsEachLoopOnce()
    {
        var cycles = Cycles.Find(Graph.Keys, n => Graph[n]);

        Assert.Equal(["a|b|c", "d|e"], cycles.Select(c => string.Join("|", c)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_Chain_ReportsNothing()
    {
        Assert.Empty(Cycles.Find(["x", "y", "z"], n => n == "x" ? ["y"] : n == "y" ? ["z"] : []));
    }
}
