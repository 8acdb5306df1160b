namespace Priorities.Architecture.Tests;

/// <summary>The strongly connected components of a graph with more than one node: its cycles (Tarjan's algorithm).</summary>
internal static class Cycles
{
    public static IReadOnlyList<IReadOnlyList<string>> Find(IEnumerable<string> nodes, Func<string, IEnumerable<string>> targets)
    {
        var search = new Search(targets);
        foreach (var node in nodes.Order(StringComparer.Ordinal))
        {
            if (!search.Index.ContainsKey(node)) search.Visit(node);
        }
        return search.Components.Where(c => c.Count > 1).ToArray();
    }

    private sealed class Search(Func<string, IEnumerable<string>> targets)
    {
        private readonly Dictionary<string, int> _low = new(StringComparer.Ordinal);
        private readonly Stack<string> _stack = new();
        private readonly HashSet<string> _onStack = new(StringComparer.Ordinal);

        public Dictionary<string, int> Index { get; } = new(StringComparer.Ordinal);

        public List<IReadOnlyList<string>> Components { get; } = [];

        public void Visit(string node)
        {
            Index[node] = _low[node] = Index.Count;
            _stack.Push(node);
            _onStack.Add(node);
            foreach (var next in targets(node))
            {
                if (!Index.TryGetValue(next, out var index))
                {
                    Visit(next);
                    _low[node] = Math.Min(_low[node], _low[next]);
                }
                else if (_onStack.Contains(next))
                {
                    _low[node] = Math.Min(_low[node], index);
                }
            }
            if (_low[node] == Index[node]) Components.Add(Pop(node));
        }

        private List<string> Pop(string root)
        {
            var component = new List<string>();
            string node;
            do
            {
                node = _stack.Pop();
                _onStack.Remove(node);
                component.Add(node);
            }
            while (node != root);
            component.Sort(StringComparer.Ordinal);
            return component;
        }
    }
}
