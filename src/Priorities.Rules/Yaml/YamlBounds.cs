using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Priorities.Yaml;

/// <summary>
/// Bounds a YAML text before anything builds a tree of it: one streaming pass over the parser's events (no
/// recursion) counts collection nesting and nodes, an alias counting as the whole node it names (its size and its
/// height), so deep nesting and alias bombs are caught at their first offending event. Every YAML reader runs this
/// before YamlDotNet's recursive loader.
/// </summary>
internal static class YamlBounds
{
    /// <summary>The deepest nesting of lists and mappings allowed.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most nodes (scalars, lists, mappings; aliases counted as expanded) allowed in one text.</summary>
    public const long MaxNodes = 500_000;

    /// <summary>
    /// The first place the text breaks a bound and why, or null when it keeps them. Syntax errors end the pass
    /// quietly (null): the loader that runs next reports them with their positions.
    /// </summary>
    public static (Mark Start, string Problem)? Check(string text, int maxDepth = MaxDepth, long maxNodes = MaxNodes) =>
        Check(new StringReader(text), maxDepth, maxNodes);

    /// <summary>As <see cref="Check(string, int, long)"/>, reading the text as it goes (up to the first breach).</summary>
    public static (Mark Start, string Problem)? Check(
        TextReader text, int maxDepth = MaxDepth, long maxNodes = MaxNodes)
    {
        var pass = new Pass(maxDepth, maxNodes);
        var parser = new Parser(text);
        try
        {
            while (parser.MoveNext())
                if (parser.Current is { } current && pass.Step(current) is { } problem) return (current.Start, problem);
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            return null;
        }
        return null;
    }

    /// <summary>The state of one pass: open collections, anchored nodes' sizes and the running node count.</summary>
    private sealed class Pass(int maxDepth, long maxNodes)
    {
        private readonly Dictionary<string, (long Size, int Height)> _anchors = new(StringComparer.Ordinal);
        private readonly List<(long FirstNode, int Depth, int Deepest, string? Anchor)> _open = [];
        private long _nodes;

        public string? Step(ParsingEvent current)
        {
            switch (current)
            {
                case AnchorAlias alias:
                    return Alias(alias);
                case Scalar scalar:
                    _nodes++;
                    if (!scalar.Anchor.IsEmpty) _anchors[scalar.Anchor.Value] = (1, 0);
                    return TooMany();
                case SequenceStart or MappingStart:
                    return Open((NodeEvent)current);
                case SequenceEnd or MappingEnd:
                    Close();
                    return null;
                default:
                    return null;
            }
        }

        private string? Alias(AnchorAlias alias)
        {
            if (_open.Exists(o => o.Anchor == alias.Value.Value))
                return $"The alias *{alias.Value.Value} refers to a node that contains it.";
            var (size, height) = _anchors.TryGetValue(alias.Value.Value, out var known) ? known : (1, 0);
            _nodes += size;
            var depth = _open.Count + height;
            Reach(depth);
            return depth > maxDepth
                ? $"The alias *{alias.Value.Value} nests its node more than {maxDepth} levels deep."
                : TooMany(alias.Value.Value);
        }

        private string? Open(NodeEvent start)
        {
            _nodes++;
            var depth = _open.Count + 1;
            if (depth > maxDepth) return $"The document is nested more than {maxDepth} levels deep.";
            if (!start.Anchor.IsEmpty) _anchors.Remove(start.Anchor.Value);
            _open.Add((_nodes - 1, depth, depth, start.Anchor.IsEmpty ? null : start.Anchor.Value));
            return TooMany();
        }

        private void Close()
        {
            if (_open.Count == 0) return;
            var (first, depth, deepest, anchor) = _open[^1];
            _open.RemoveAt(_open.Count - 1);
            if (anchor is not null) _anchors[anchor] = (_nodes - first, deepest - depth + 1);
            Reach(deepest);
        }

        /// <summary>Records that the innermost open collection holds something reaching <paramref name="depth"/>.</summary>
        private void Reach(int depth)
        {
            if (_open.Count == 0) return;
            var top = _open[^1];
            if (depth > top.Deepest) _open[^1] = top with { Deepest = depth };
        }

        private string? TooMany(string? alias = null)
        {
            if (_nodes <= maxNodes) return null;
            var how = alias is null ? string.Empty : $" (the alias *{alias} repeats a large node)";
            return $"The document has more than {maxNodes:N0} nodes{how}; aliases count as the nodes they repeat.";
        }
    }
}
