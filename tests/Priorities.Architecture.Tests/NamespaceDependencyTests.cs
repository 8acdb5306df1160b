namespace Priorities.Architecture.Tests;

/// <summary>Namespaces point one way: no two namespaces of ours depend on each other, directly or around a loop.</summary>
public sealed class NamespaceDependencyTests
{
    public static TheoryData<string> Assemblies => [.. ProductAssemblies.Names];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Namespaces_OfOneAssembly_FormNoCycle(string assembly)
    {
        AssertNoCycle(NamespaceGraph.Of(assembly));
    }

    [Theory]
    [InlineData(ProductAssemblies.Engine, "Priorities.Engine")]
    [InlineData(ProductAssemblies.Rules, "Priorities")]
    [InlineData(ProductAssemblies.Import, "Priorities.Import")]
    [InlineData(ProductAssemblies.Reports, "Priorities.Reports")]
    [InlineData(ProductAssemblies.Host, "Priorities.Host")]
    public void Folders_OfOneAssembly_FormNoCycle(string assembly, string rootNamespace)
    {
        AssertNoCycle(NamespaceGraph.Folders(assembly, rootNamespace));
    }

    [Fact]
    public void Of_Engine_HasTheRootToNetworkEdge()
    {
        // The engine's root uses the network (firings, fact handles): a graph without this edge read nothing.
        var targets = NamespaceGraph.Of(ProductAssemblies.Engine).Targets(ProductAssemblies.Engine);

        Assert.Contains(ProductAssemblies.Engine + ".Network", targets);
    }

    [Fact]
    public void Namespaces_AcrossAssemblies_FormNoCycle()
    {
        AssertNoCycle(NamespaceGraph.All());
    }

    private static void AssertNoCycle(NamespaceGraph graph)
    {
        var cycles = Cycles.Find(graph.Nodes, graph.Targets);
        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Select(c => Describe(graph, c))));
    }

    /// <summary>The cycle's namespaces and, for each edge between them, one type that makes it.</summary>
    private static string Describe(NamespaceGraph graph, IReadOnlyList<string> cycle)
    {
        var edges = cycle.SelectMany(from => graph.Targets(from).Where(cycle.Contains).Select(to => $"    {graph.Example(from, to)}"));
        return $"cycle between {string.Join(", ", cycle)}:\n{string.Join("\n", edges)}";
    }
}
