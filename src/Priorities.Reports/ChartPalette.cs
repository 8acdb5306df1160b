using System.Globalization;

namespace Priorities.Reports;

/// <summary>
/// The chart's segment colours: distinct hues, each dark enough for white labels (at least 4.5:1) and against the
/// white page (at least 3:1); after the last they repeat, and every segment also carries a text label and a title.
/// </summary>
internal static class ChartPalette
{
    public static IReadOnlyList<string> Colours { get; } =
        ["#1f4e89", "#a24a00", "#2e6b30", "#6a3d9a", "#a0203c", "#00656e", "#5a5a5a", "#7a5c00"];

    public static string For(int index) => Colours[index % Colours.Count];

    /// <summary>The WCAG 2 contrast ratio between two <c>#rrggbb</c> colours.</summary>
    public static double Contrast(string first, string second)
    {
        var a = Luminance(first);
        var b = Luminance(second);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string colour)
    {
        var r = Channel(colour, 1);
        var g = Channel(colour, 3);
        var b = Channel(colour, 5);
        return (0.2126 * r) + (0.7152 * g) + (0.0722 * b);
    }

    private static double Channel(string colour, int start)
    {
        var value = int.Parse(colour.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
    }
}
