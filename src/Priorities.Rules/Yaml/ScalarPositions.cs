using Priorities.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Priorities.Yaml;

/// <summary>
/// Maps a character offset inside a scalar's value back to its line and column in the file, through quotes,
/// escapes, block indentation and folded line breaks, so that an error inside an expression points at the exact column.
/// </summary>
internal static class ScalarPositions
{
    public static SourceLocation Map(YamlSource source, YamlScalarNode node, int valueOffset) =>
        Mapper(source, node)(valueOffset);

    /// <summary>
    /// A function from an offset in the scalar's value to its place in the file. The scalar's source is re-read once
    /// (exact for every scalar style); should that ever disagree with the parsed value, each call falls back to
    /// walking the source character by character.
    /// </summary>
    public static Func<int, SourceLocation> Mapper(YamlSource source, YamlScalarNode node)
    {
        var table = Table(source, node);
        if (table is null) return offset => Walk(source, node, offset);
        return offset => source.LocationAt(table[Math.Clamp(offset, 0, table.Length - 1)]);
    }

    /// <summary>The source index of each value character, plus one entry for the end; null when re-reading disagrees.</summary>
    internal static int[]? Table(YamlSource source, YamlScalarNode node)
    {
        var text = source.Text;
        var value = node.Value ?? string.Empty;
        var start = (int)node.Start.Index;
        var end = (int)node.End.Index;
        if (start < 0 || start >= text.Length || end > text.Length || end < start) return null;
        var (scanned, sources) = node.Style switch
        {
            ScalarStyle.Literal => BlockScalarScanner.Scan(text, start, folded: false),
            ScalarStyle.Folded => BlockScalarScanner.Scan(text, start, folded: true),
            ScalarStyle.SingleQuoted => FlowScalarScanner.Scan(text, start + 1, end - 1, singleQuoted: true, doubleQuoted: false),
            ScalarStyle.DoubleQuoted => FlowScalarScanner.Scan(text, start + 1, end - 1, singleQuoted: false, doubleQuoted: true),
            _ => FlowScalarScanner.Scan(text, start, end, singleQuoted: false, doubleQuoted: false),
        };
        if (!scanned.StartsWith(value, StringComparison.Ordinal)) return null;
        if (node.Style is not (ScalarStyle.Literal or ScalarStyle.Folded) && scanned.Length != value.Length) return null;
        var table = new int[value.Length + 1];
        for (var i = 0; i < value.Length; i++) table[i] = sources[i];
        table[value.Length] = EndOf(node, sources, value.Length, end);
        return table;
    }

    private static int EndOf(YamlScalarNode node, List<int> sources, int length, int end)
    {
        if (length < sources.Count) return sources[length];
        if (node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted) return end - 1;
        return length == 0 ? (int)node.Start.Index : sources[length - 1] + 1;
    }

    private static SourceLocation Walk(YamlSource source, YamlScalarNode node, int valueOffset)
    {
        var text = source.Text;
        var value = node.Value ?? string.Empty;
        var p = (int)node.Start.Index;
        if (p < 0 || p >= text.Length) return source.LocationOf(node);
        p = SkipIndicator(text, p, node.Style);
        var indent = node.Style is ScalarStyle.Literal or ScalarStyle.Folded ? Indentation(text, p) : -1;
        if (indent >= 0) p = Math.Min(text.Length, p + indent);
        for (var i = 0; i < Math.Min(valueOffset, value.Length) && p < text.Length; i++)
            p = Advance(text, p, value[i], node.Style, indent);
        return source.LocationAt(Math.Min(p, text.Length));
    }

    /// <summary>Maps a one-based line and column within the scalar's value.</summary>
    public static SourceLocation Map(YamlSource source, YamlScalarNode node, int line, int column)
    {
        var value = node.Value ?? string.Empty;
        var offset = 0;
        for (var l = 1; l < line && offset < value.Length; l++)
        {
            var next = value.IndexOf('\n', offset);
            if (next < 0) break;
            offset = next + 1;
        }
        return Map(source, node, offset + Math.Max(0, column - 1));
    }

    private static int SkipIndicator(string text, int p, ScalarStyle style)
    {
        if (style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted) return p + 1;
        if (style is not (ScalarStyle.Literal or ScalarStyle.Folded)) return p;
        var newline = text.IndexOf('\n', p);
        return newline < 0 ? text.Length : newline + 1;
    }

    private static int Indentation(string text, int lineStart)
    {
        var n = 0;
        while (lineStart + n < text.Length && text[lineStart + n] == ' ') n++;
        return n;
    }

    /// <summary>Moves past the source characters that produced one value character.</summary>
    private static int Advance(string text, int p, char produced, ScalarStyle style, int indent)
    {
        if (text[p] is '\r' or '\n' && produced is '\n' or ' ')
        {
            if (text[p] == '\r') p++;
            p++;
            var spaces = 0;
            while (p < text.Length && (text[p] == ' ' || text[p] == '\t') && (indent < 0 || spaces < indent)) { p++; spaces++; }
            return p;
        }
        if (style == ScalarStyle.SingleQuoted && text[p] == '\'' && p + 1 < text.Length && text[p + 1] == '\'') return p + 2;
        if (style == ScalarStyle.DoubleQuoted && text[p] == '\\' && p + 1 < text.Length)
            return p + text[p + 1] switch { 'x' => 4, 'u' => 6, 'U' => 10, _ => 2 };
        return p + 1;
    }
}
