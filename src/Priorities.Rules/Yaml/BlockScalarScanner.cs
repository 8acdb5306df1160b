using System.Text;

namespace Priorities.Yaml;

/// <summary>
/// Re-reads a literal (<c>|</c>) or folded (<c>&gt;</c>) block scalar, producing each value character with the index
/// of the source character that produced it. Trailing line breaks are all kept; the caller compares against the
/// parsed value, whose chomping makes it a prefix of this one.
/// </summary>
internal static class BlockScalarScanner
{
    public static (string Value, List<int> Sources) Scan(string text, int indicator, bool folded)
    {
        var value = new StringBuilder();
        var sources = new List<int>();
        var lines = Lines(text, indicator);
        var indent = lines.Select(l => l.Content - l.Start).Where((_, i) => !lines[i].Empty).DefaultIfEmpty(0).First();
        var previousNormal = false;
        var pendingBreak = -1;
        var empties = new List<int>();
        foreach (var line in lines)
        {
            if (!line.Empty && line.Content - line.Start < indent) break;
            if (line.Empty)
            {
                empties.Add(line.End);
                continue;
            }
            var normal = !(text[line.Start + indent] is ' ' or '\t');
            var fold = folded && previousNormal && normal;
            if (pendingBreak >= 0 && (!fold || empties.Count == 0)) Append(value, sources, fold ? ' ' : '\n', pendingBreak);
            foreach (var at in empties) Append(value, sources, '\n', at);
            empties.Clear();
            for (var i = line.Start + indent; i < line.End; i++) Append(value, sources, text[i], i);
            pendingBreak = line.End;
            previousNormal = normal;
        }
        if (pendingBreak >= 0) Append(value, sources, '\n', pendingBreak);
        foreach (var at in empties) Append(value, sources, '\n', at);
        return (value.ToString(), sources);
    }

    private static void Append(StringBuilder value, List<int> sources, char c, int at)
    {
        value.Append(c);
        sources.Add(at);
    }

    /// <summary>The lines after the header: start, first non-space, end (before the break), and whether blank.</summary>
    private static List<(int Start, int Content, int End, bool Empty)> Lines(string text, int indicator)
    {
        var result = new List<(int, int, int, bool)>();
        var start = text.IndexOf('\n', indicator);
        if (start < 0) return result;
        start++;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            if (end > start && text[end - 1] == '\r') end--;
            var content = start;
            while (content < end && text[content] == ' ') content++;
            result.Add((start, content, end, content == end));
            if (newline < 0) break;
            start = newline + 1;
        }
        return result;
    }
}
