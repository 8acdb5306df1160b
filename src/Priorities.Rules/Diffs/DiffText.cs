using System.Globalization;

namespace Priorities.Diffs;

/// <summary>Numbers and words as the reports write them: invariant culture, at most three decimal places.</summary>
internal static class DiffText
{
    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Number(double? value) => value is { } v ? Number(v) : "none";

    /// <summary>A dimension id in running text: <c>ability-to-influence</c> gives <c>ability to influence</c>.</summary>
    public static string Dimension(string id) => id.Replace('-', ' ').Replace('_', ' ').Trim();

    /// <summary>"1 point", "4 points".</summary>
    public static string Points(double value) => Number(value) + (value == 1 ? " point" : " points");

    public static string Moved(double? from, double? to) => to > from ? "rose" : "fell";

    public static string Ordinal(int value)
    {
        var suffix = (value % 100) is >= 11 and <= 13 ? "th" : (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return value.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
