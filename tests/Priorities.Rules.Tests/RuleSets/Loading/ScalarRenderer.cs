using System.Text;
using YamlDotNet.Core;

namespace Priorities.Rules.Tests.RuleSets.Loading;

/// <summary>
/// Writes random expression text as the value of <c>e:</c> in one scalar style, recording for each value character
/// the index of the source character that produced it (a folded line break maps to the break).
/// </summary>
internal sealed class ScalarRenderer
{
    private static readonly string[] PlainWords = ["t.count", ">=", "10", "and", "p.id", "==", "x", "+", "(a", "b)", "in", "'y'", "\"z\"", "\\n", "{t.area}", "a-b"];
    private static readonly string[] AnyWords = [.. PlainWords, "'", "''", "\"", "\\", "#", ": ", "{", "}", "é", "  "];

    private readonly StringBuilder _yaml = new("e: ");
    private readonly StringBuilder _value = new();
    private readonly List<int> _sources = [];
    private readonly Random _random;

    private ScalarRenderer(Random random) => _random = random;

    public static (string Yaml, string Value, int[] Sources) Render(int seed, ScalarStyle style)
    {
        var renderer = new ScalarRenderer(new Random(seed));
        switch (style)
        {
            case ScalarStyle.Literal or ScalarStyle.Folded: renderer.Block(style == ScalarStyle.Folded); break;
            default: renderer.Flow(style); break;
        }
        return (renderer._yaml.ToString(), renderer._value.ToString(), [.. renderer._sources]);
    }

    private void Flow(ScalarStyle style)
    {
        var words = Words(style == ScalarStyle.Plain ? PlainWords : AnyWords);
        if (style == ScalarStyle.Plain && !char.IsLetter(words[0][0])) words[0] = "t" + words[0];
        var quote = style switch { ScalarStyle.SingleQuoted => "'", ScalarStyle.DoubleQuoted => "\"", _ => string.Empty };
        _yaml.Append(quote);
        for (var w = 0; w < words.Count; w++)
        {
            if (w > 0) Separator(canBreak: words[w - 1][^1] != ' ' && words[w][0] != ' ');
            foreach (var c in words[w]) Char(c, style);
        }
        _yaml.Append(quote).Append('\n');
    }

    /// <summary>A space, or a line break folded to one, or an empty line; YAML trims spaces next to a break, so words with edge spaces get a space.</summary>
    private void Separator(bool canBreak)
    {
        switch (canBreak ? _random.Next(3) : 0)
        {
            case 0: Produce(' ', " "); break;
            case 1: Produce(' ', "\n"); _yaml.Append("    "); break;
            default: _yaml.Append('\n'); Produce('\n', "\n"); _yaml.Append("    "); break;
        }
    }

    private void Char(char c, ScalarStyle style)
    {
        if (style == ScalarStyle.SingleQuoted && c == '\'') Produce(c, "''");
        else if (style == ScalarStyle.DoubleQuoted && c is '"' or '\\') Produce(c, "\\" + c);
        else if (style == ScalarStyle.DoubleQuoted && _random.Next(6) == 0) Produce(c, c == 'é' ? "\\u00e9" : $"\\x{(int)c:x2}");
        else Produce(c, c.ToString());
    }

    private void Block(bool folded)
    {
        _yaml.Append(folded ? ">\n" : "|\n");
        var lines = _random.Next(1, 5);
        for (var l = 0; l < lines; l++)
        {
            if (l > 0 && folded && _random.Next(2) == 0)
            {
                _yaml.Append('\n');
                Produce('\n', "\n");
            }
            else if (l > 0) Produce(folded ? ' ' : '\n', "\n");
            _yaml.Append("  ");
            var words = Words(AnyWords.Where(w => w.Trim().Length == w.Length).ToArray());
            foreach (var c in string.Join(' ', words)) Produce(c, c.ToString());
        }
        Produce('\n', "\n");
    }

    private List<string> Words(string[] from) =>
        Enumerable.Range(0, _random.Next(1, 8)).Select(_ => from[_random.Next(from.Length)]).ToList();

    /// <summary>Appends source text that produces one value character, which maps to the source text's first character.</summary>
    private void Produce(char value, string source)
    {
        _value.Append(value);
        _sources.Add(_yaml.Length);
        _yaml.Append(source);
    }
}
