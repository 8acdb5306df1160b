using System.Globalization;

namespace Priorities.Evaluation;

/// <summary>Formatting for the plain-English sentences of a plan (invariant culture throughout).</summary>
internal static class PlanText
{
    /// <summary>A score with one to three decimal places, such as <c>18.0</c> or <c>21.25</c>.</summary>
    public static string Score(double value) => value.ToString("#,##0.0##", CultureInfo.InvariantCulture);

    /// <summary>A configured number as written, such as <c>20</c> or <c>12.5</c>.</summary>
    public static string Number(double value) => value.ToString("#,##0.###", CultureInfo.InvariantCulture);

    /// <summary>A count with thousands separators.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>An ordinal such as <c>1st</c>, <c>12th</c> or <c>23rd</c>.</summary>
    public static string Ordinal(int value)
    {
        var suffix = (value % 100) is >= 11 and <= 13 ? "th" : (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return value.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>Text as a sentence: trimmed, first letter capitalised, ending with a full stop unless it has closing punctuation.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return trimmed;
        var first = char.IsLower(trimmed[0]) ? char.ToUpperInvariant(trimmed[0]) + trimmed[1..] : trimmed;
        return first[^1] is '.' or '!' or '?' ? first : first + ".";
    }

    /// <summary>Text whose first letter is in upper case, the rest as it is.</summary>
    public static string Capitalised(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    /// <summary>Items as an English list: <c>a</c>, <c>a and b</c>, <c>a, b and c</c> (or another last joining word).</summary>
    public static string List(IReadOnlyList<string> items, string conjunction) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} {conjunction} {items[^1]}",
    };
}
