using System.Text;

namespace Priorities.Diffs;

/// <summary>
/// An expression or template in a canonical layout: whitespace outside quoted text is collapsed, and dropped where it
/// does not separate two words, so <c>t.count&gt;=50</c>, <c>t.count &gt;= 50</c> and the same text folded over lines
/// read the same.
/// </summary>
internal static class ExpressionText
{
    public static string Canonical(string? text)
    {
        if (text is null) return string.Empty;
        var result = new StringBuilder(text.Length);
        var quote = '\0';
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (quote == '\0' && char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }
            if (pendingSpace && IsWord(result[^1]) && IsWord(c)) result.Append(' ');
            pendingSpace = false;
            result.Append(c);
            quote = quote == '\0' && c is '\'' or '"' ? c : quote != '\0' && c == quote ? '\0' : quote;
        }
        return result.ToString();
    }

    /// <summary>A <c>because</c> template: its text with runs of whitespace as one space, trimmed.</summary>
    public static string Sentence(string? text) =>
        text is null ? string.Empty : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '\'' or '"';
}
