using System.Text;

namespace Priorities.Reports;

/// <summary>Escapes data for CommonMark/GitHub Markdown so it always reads as plain text on one line.</summary>
internal static class MarkdownText
{
    /// <summary>Characters that are backslash-escaped wherever they appear.</summary>
    public const string Special = "\\`*_[]<>|~&#";

    /// <summary>Characters that are escaped when they start the text (list markers, thematic breaks, setext underlines).</summary>
    private const string LineStart = "-+=";

    /// <summary>The text escaped to read as itself; <paramref name="lineStart"/> when it begins a line or list item.</summary>
    public static string Escape(string text, bool lineStart = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = Flatten(text);
        var builder = new StringBuilder(flat.Length + 8);
        for (var i = 0; i < flat.Length; i++)
        {
            var c = flat[i];
            if (Special.Contains(c, StringComparison.Ordinal) || (lineStart && i == 0 && LineStart.Contains(c, StringComparison.Ordinal)) || (lineStart && IsOrderedListMarker(flat, i)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Line breaks and tabs become spaces; leading and trailing spaces go (they would indent code blocks).</summary>
    public static string Flatten(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is '\r' or '\n' or '\t' or '\f' or '\v' or '\u2028' or '\u2029' ? ' ' : c);
        }

        return builder.ToString().Trim(' ');
    }

    /// <summary>Whether the character is the <c>.</c> or <c>)</c> after leading digits, as in <c>1. item</c>.</summary>
    private static bool IsOrderedListMarker(string text, int index)
    {
        if (index == 0 || text[index] is not ('.' or ')'))
        {
            return false;
        }

        for (var i = 0; i < index; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
