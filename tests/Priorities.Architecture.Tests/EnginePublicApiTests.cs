namespace Priorities.Architecture.Tests;

/// <summary>
/// The engine's public API lives in the few namespaces its README gives a reason for, and its entry types in the
/// root namespace, at the top of its layers.
/// </summary>
public sealed class EnginePublicApiTests
{
    private const string Engine = ProductAssemblies.Engine;

    private static readonly string[] PublicNamespaces =
        [Engine, Engine + ".Diagnostics", Engine + ".Facts", Engine + ".Model", Engine + ".Network"];

    [Fact]
    public void GetExportedTypes_Engine_LiveInTheDocumentedNamespaces()
    {
        var exported = ProductAssemblies.Load(Engine).GetExportedTypes();

        var stray = exported.Where(t => !PublicNamespaces.Contains(t.Namespace)).Select(t => t.FullName).ToList();

        Assert.Empty(stray);
        Assert.All(PublicNamespaces, ns => Assert.Contains(exported, t => t.Namespace == ns));
    }

    [Fact]
    public void GetExportedTypes_EngineRootNamespace_HoldsTheEntryTypes()
    {
        string[] entry = ["RuleSetBuilder", "RuleSetCompilation", "CompiledRuleSet", "RuleSession", "SessionResult"];

        var exported = ProductAssemblies.Load(Engine).GetExportedTypes();
        var root = exported.Where(t => t.Namespace == Engine).Select(t => t.Name);

        Assert.Superset(entry.ToHashSet(), root.ToHashSet());
    }
}
