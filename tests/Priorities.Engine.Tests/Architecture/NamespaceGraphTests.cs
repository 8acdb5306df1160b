namespace Priorities.Engine.Tests.Architecture;

/// <summary>The cycle search of the namespace test finds cycles of any length, and none in a layered graph.</summary>
public sealed class NamespaceGraphTests
{
    [Fact]
    public void Cycles_TwoNamespacesUsingEachOther_FindsBoth()
    {
        var graph = new NamespaceGraph();
        graph.Add("A", "B", "A.X -> B.Y");
        graph.Add("B", "A", "B.Y -> A.X");
        graph.Add("B", "C", "B.Y -> C.Z");

        var cycles = graph.Cycles();

        Assert.Equal(["A", "B"], Assert.Single(cycles));
        Assert.Equal(["A -> B (e.g. A.X -> B.Y)", "B -> A (e.g. B.Y -> A.X)"], graph.Explain(cycles[0]));
    }

    [Fact]
    public void Cycles_LongerLoop_FindsEveryMember()
    {
        var graph = new NamespaceGraph();
        graph.Add("A", "B", "a");
        graph.Add("B", "C", "b");
        graph.Add("C", "A", "c");
        graph.Add("C", "D", "d");

        Assert.Equal(["A", "B", "C"], Assert.Single(graph.Cycles()));
    }

    [Fact]
    public void Cycles_Layers_FindsNone()
    {
        var graph = new NamespaceGraph();
        graph.Add("Top", "Middle", "t");
        graph.Add("Middle", "Bottom", "m");
        graph.Add("Top", "Bottom", "b");

        Assert.Empty(graph.Cycles());
    }
}
