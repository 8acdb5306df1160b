namespace Priorities.Engine.Tests.Architecture;

/// <summary>
/// The engine's namespaces (folders) form a DAG, and the public API lives in the few namespaces the engine's README
/// gives a reason for.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private const string Engine = "Priorities.Engine";

    private static readonly string[] PublicNamespaces =
        [Engine, Engine + ".Diagnostics", Engine + ".Facts", Engine + ".Model", Engine + ".Network"];

    [Fact]
    public void Of_EngineAssembly_HasNoNamespaceCycle()
    {
        var graph = NamespaceGraph.Of(typeof(RuleSetBuilder), Engine);

        var cycles = graph.Cycles();

        var explained = string.Join("\n", cycles.SelectMany(graph.Explain));
        Assert.True(cycles.Count == 0, "Engine namespaces depend on each other:\n" + explained);
        Assert.Contains(Engine + ".Network", graph.Edges[Engine]);
    }

    [Fact]
    public void GetExportedTypes_EngineAssembly_LiveInTheDocumentedNamespaces()
    {
        var exported = typeof(RuleSetBuilder).Assembly.GetExportedTypes();

        var stray = exported.Where(t => !PublicNamespaces.Contains(t.Namespace)).Select(t => t.FullName).ToList();

        Assert.Empty(stray);
        Assert.All(PublicNamespaces, ns => Assert.Contains(exported, t => t.Namespace == ns));
    }

    [Fact]
    public void GetExportedTypes_RootNamespace_HoldsTheEntryTypes()
    {
        string[] entry = ["RuleSetBuilder", "RuleSetCompilation", "CompiledRuleSet", "RuleSession", "SessionResult"];

        var exported = typeof(RuleSetBuilder).Assembly.GetExportedTypes();
        var root = exported.Where(t => t.Namespace == Engine).Select(t => t.Name);

        Assert.Subset(root.ToHashSet(), entry.ToHashSet());
    }
}
