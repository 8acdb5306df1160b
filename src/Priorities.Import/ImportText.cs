using System.Globalization;

namespace Priorities.Import;

/// <summary>Formatting shared by the importers' messages.</summary>
internal static class ImportText
{
    /// <summary>Text fit for a one-line message: control characters replaced, at most 160 characters.</summary>
    public static string Printable(string text)
    {
        var chars = text.Select(c => char.IsControl(c) || c == '\uFFFD' ? '?' : c).Take(161).ToArray();
        return chars.Length > 160 ? new string(chars, 0, 160) + "…" : new string(chars);
    }

    /// <summary>A count with thousands separators, such as <c>12,345</c>.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A count and a noun that agrees with it, such as <c>1 row</c> or <c>2,000 rows</c>.</summary>
    public static string Count(long value, string singular, string plural) =>
        $"{Count(value)} {(value == 1 ? singular : plural)}";

    /// <summary>A double in invariant form with at most <paramref name="decimals"/> places.</summary>
    public static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>Text with every run of whitespace (line breaks included) made one space, and trimmed.</summary>
    public static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A lower-case id from a name: letters and digits kept, every other run made one hyphen.</summary>
    public static string Slug(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().TrimEnd('-');
    }
}
