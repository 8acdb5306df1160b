using Priorities.RuleSets.Model;

namespace Priorities.Testing;

/// <summary>
/// Splits a condition into its conjuncts as the engine's explanations do: at each <c>and</c> outside brackets and
/// quotes, and inside a conjunct that is wholly in parentheses. Gives each conjunct's text and offset.
/// </summary>
internal static class ConditionSplitter
{
    public static IReadOnlyList<(string Text, int Offset)> Split(string text)
    {
        var parts = new List<(string, int)>();
        Split(text, 0, text.Length, parts);
        return parts;
    }

    /// <summary>A conjunct's text for matching with the engine's: outer parentheses and repeated spaces taken out.</summary>
    public static string Normal(string text)
    {
        var trimmed = text.Trim();
        while (trimmed.Length > 1 && trimmed[0] == '(' && Closing(trimmed, 0) == trimmed.Length - 1) trimmed = trimmed[1..^1].Trim();
        return string.Join(' ', trimmed.Split(' ', '\t', '\n', '\r').Where(w => w.Length > 0));
    }

    private static void Split(string text, int start, int end, List<(string, int)> parts)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (start >= end) return;
        if (text[start] == '(' && Closing(text, start) == end - 1)
        {
            Split(text, start + 1, end - 1, parts);
            return;
        }
        if (HasLooserOperator(text, start, end))
        {
            parts.Add((text[start..end], start));
            return;
        }
        var from = start;
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '\'' or '"') i = Skip(text, i);
            else if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth--;
            else if (depth == 0 && IsAnd(text, i, end))
            {
                Split(text, from, i, parts);
                from = i + 3;
            }
        }
        if (from == start) parts.Add((text[start..end], start));
        else Split(text, from, end, parts);
    }

    /// <summary>
    /// Whether an <c>or</c> or a <c>?</c> (which bind less tightly than <c>and</c>) stands outside brackets: then the
    /// whole is one conjunct.
    /// </summary>
    private static bool HasLooserOperator(string text, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '\'' or '"') i = Skip(text, i);
            else if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth--;
            else if (depth == 0 && (c == '?' || IsWord(text, i, end, "or"))) return true;
        }
        return false;
    }

    private static bool IsAnd(string text, int i, int end) => IsWord(text, i, end, "and");

    private static bool IsWord(string text, int i, int end, string word) =>
        i + word.Length <= end && string.CompareOrdinal(text, i, word, 0, word.Length) == 0
        && (i == 0 || !IsWord(text[i - 1])) && (i + word.Length == end || !IsWord(text[i + word.Length]));

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c is '_' or '.';

    private static int Skip(string text, int quote)
    {
        var i = quote + 1;
        while (i < text.Length && text[i] != text[quote]) i++;
        return i;
    }

    private static int Closing(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] is '\'' or '"') i = Skip(text, i);
            else if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>The conditions of a pattern that the engine explains: the conjuncts of a fact pattern's or a test's condition.</summary>
    public static bool Explained(PatternSpec pattern) => pattern.Form is PatternForm.Fact or PatternForm.Test && pattern.Where is not null;
}
