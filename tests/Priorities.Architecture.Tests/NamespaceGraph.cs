using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace Priorities.Architecture.Tests;

/// <summary>
/// Which namespace of ours depends on which (and which type on which), from every type's dependencies (signatures,
/// fields, attributes and method bodies, as ArchUnitNET reads them from the IL), with one example of each edge for the
/// failure message.
/// </summary>
internal sealed class NamespaceGraph
{
    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Loaded = new(() =>
        new ArchLoader().LoadAssemblies(ProductAssemblies.Names.Select(ProductAssemblies.Load).ToArray()).Build());

    private readonly Dictionary<string, SortedDictionary<string, string>> _edges = new(StringComparer.Ordinal);

    private NamespaceGraph()
    {
    }

    /// <summary>The namespaces of one assembly and their dependencies on each other.</summary>
    public static NamespaceGraph Of(string assembly) => Build(t => ShortName(t) == assembly);

    /// <summary>
    /// The top-level folders of one assembly (<c>Priorities.RuleSets.Loading</c> counts as <c>Priorities.RuleSets</c>), so
    /// that two folders whose sub-namespaces call each other form a cycle too.
    /// </summary>
    public static NamespaceGraph Folders(string assembly, string rootNamespace) =>
        Build(t => ShortName(t) == assembly, ns => Folder(ns, rootNamespace));

    /// <summary>The namespaces of every product assembly.</summary>
    public static NamespaceGraph All() => Build(t => ProductAssemblies.IsOurs(ShortName(t)));

    /// <summary>Every dependency of a type of one assembly on another type of the same assembly.</summary>
    public static IEnumerable<TypeDependency> TypeDependencies(string assembly) =>
        from type in Loaded.Value.Types.Where(t => ShortName(t) == assembly)
        from dependency in type.Dependencies
        let target = dependency.Target
        where ShortName(target) == assembly && target.FullName != type.FullName
        select new TypeDependency(type.FullName, type.Namespace.FullName, target.FullName, target.Namespace.FullName);

    public IEnumerable<string> Nodes => _edges.Keys;

    public IEnumerable<string> Targets(string from) => _edges.TryGetValue(from, out var to) ? to.Keys : [];

    /// <summary>A type-level example of the edge, e.g. <c>Priorities.A.X -> Priorities.B.Y</c>.</summary>
    public string Example(string from, string to) => _edges[from][to];

    private static string ShortName(IType type) => type.Assembly.Name.Split(',')[0];

    private static string Folder(string ns, string root)
    {
        if (!ns.StartsWith(root + ".", StringComparison.Ordinal)) return ns;
        var rest = ns[(root.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? ns : root + "." + rest[..dot];
    }

    private static NamespaceGraph Build(Func<IType, bool> include, Func<string, string>? group = null)
    {
        group ??= ns => ns;
        var graph = new NamespaceGraph();
        foreach (var type in Loaded.Value.Types.Where(include))
        {
            var from = group(type.Namespace.FullName);
            var targets = graph.Edges(from);
            foreach (var dependency in type.Dependencies)
            {
                var target = dependency.Target;
                var to = group(target.Namespace.FullName);
                if (to == from || !include(target)) continue;
                targets.TryAdd(to, $"{type.FullName} -> {target.FullName}");
            }
        }
        return graph;
    }

    private SortedDictionary<string, string> Edges(string from)
    {
        if (!_edges.TryGetValue(from, out var targets)) _edges[from] = targets = new(StringComparer.Ordinal);
        return targets;
    }
}
