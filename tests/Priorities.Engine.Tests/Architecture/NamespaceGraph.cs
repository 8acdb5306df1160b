using ArchUnitNET.Loader;

namespace Priorities.Engine.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly depend on which: an edge from A to B when a type of A names a type of B in its
/// signatures, fields, attributes or method bodies (as ArchUnitNET reads them from the IL).
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly SortedDictionary<string, SortedSet<string>> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), string> _examples = [];

    /// <summary>The namespaces, each with the namespaces it depends on.</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> Edges => _edges;

    /// <summary>
    /// The graph of the namespaces under <paramref name="prefix"/> in the assembly of <paramref name="anyType"/>.
    /// </summary>
    public static NamespaceGraph Of(System.Type anyType, string prefix)
    {
        var architecture = new ArchLoader().LoadAssemblies(anyType.Assembly).Build();
        var graph = new NamespaceGraph();
        foreach (var type in architecture.Types)
        {
            var from = type.Namespace.FullName;
            if (!Under(from, prefix)) continue;
            graph.Add(from);
            foreach (var dependency in type.Dependencies)
            {
                var to = dependency.Target.Namespace.FullName;
                if (Under(to, prefix)) graph.Add(from, to, $"{type.FullName} -> {dependency.Target.FullName}");
            }
        }
        return graph;
    }

    /// <summary>Adds a namespace with no edges yet.</summary>
    public void Add(string name)
    {
        if (!_edges.ContainsKey(name)) _edges[name] = new SortedSet<string>(StringComparer.Ordinal);
    }

    /// <summary>Adds an edge (self edges are ignored), remembering the first type dependency that caused it.</summary>
    public void Add(string from, string to, string example)
    {
        Add(from);
        Add(to);
        if (from == to) return;
        _edges[from].Add(to);
        _examples.TryAdd((from, to), example);
    }

    /// <summary>Each group of namespaces that reach one another (a cycle), sorted; empty for a DAG.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles() =>
        _edges.Keys
            .Select(n => _edges.Keys.Where(m => m == n || (Reaches(n, m) && Reaches(m, n))).ToArray())
            .Where(group => group.Length > 1)
            .Select(group => string.Join(" | ", group))
            .Distinct(StringComparer.Ordinal)
            .Select(key => (IReadOnlyList<string>)key.Split(" | "))
            .ToList();

    /// <summary>The edges inside a cycle, each with a type dependency that causes it.</summary>
    public IEnumerable<string> Explain(IReadOnlyList<string> cycle) =>
        from a in cycle
        from b in cycle
        where _edges[a].Contains(b)
        select $"{a} -> {b} (e.g. {_examples.GetValueOrDefault((a, b), "added by hand")})";

    private bool Reaches(string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var target in _edges[next])
            {
                if (target == to) return true;
                if (seen.Add(target)) queue.Enqueue(target);
            }
        }
        return false;
    }

    private static bool Under(string name, string prefix) =>
        name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal);
}
