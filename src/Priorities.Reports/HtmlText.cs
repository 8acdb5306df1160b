using System.Text;

namespace Priorities.Reports;

/// <summary>Escapes data for HTML and XML alike, so the output parses both as HTML and as well-formed XHTML.</summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: AppendChecked(builder, text, ref i); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The text with every character XML cannot hold (controls, lone surrogates) replaced by U+FFFD.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            AppendChecked(builder, text, ref i);
        }

        return builder.ToString();
    }

    /// <summary>Appends a character XML allows, a whole surrogate pair, or U+FFFD for anything else.</summary>
    private static void AppendChecked(StringBuilder builder, string text, ref int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            builder.Append(c).Append(text[++i]);
        }
        else if (char.IsSurrogate(c) || (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')
        {
            builder.Append('\uFFFD');
        }
        else
        {
            builder.Append(c);
        }
    }
}
