using System.Globalization;
using Priorities.Results;
using ScottPlot;

namespace Priorities.Reports;

/// <summary>
/// The score chart as a PNG for the Word paper (ScottPlot on SkiaSharp): one horizontal stacked bar per priority, rank 1
/// at the top, a segment per dimension in the palette of the HTML chart, and a legend below. Same input, same bytes.
/// </summary>
internal static class ChartImage
{
    public const int Width = 1600;

    /// <summary>The image's height in pixels for a chart of so many priorities.</summary>
    public static int Height(ChartBlock chart) => 200 + (Math.Max(chart.Priorities.Count, 1) * 64);

    public static byte[] Png(ChartBlock chart)
    {
        var dimensions = ChartText.Dimensions(chart);
        var shown = chart.Priorities.SelectMany(p => p.Breakdown).Where(c => c.Contribution > 0).Select(c => c.Dimension)
            .ToHashSet(StringComparer.Ordinal);
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        var count = chart.Priorities.Count;
        var bars = new List<Bar>();
        for (var i = 0; i < count; i++)
        {
            bars.AddRange(Segments(chart.Priorities[i], count - 1 - i, dimensions));
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Axes.Left.SetTicks(
            Enumerable.Range(0, count).Select(i => (double)(count - 1 - i)).ToArray(),
            chart.Priorities.Select(p => Label(p)).ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = 22;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 20;
        plot.Axes.Bottom.Label.Text = "Score (weighted contributions of each dimension)";
        plot.Axes.Bottom.Label.FontSize = 22;
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.02, top: 0.02);
        plot.Legend.ManualItems.AddRange(dimensions.Select((d, i) => (Dimension: d, Colour: i)).Where(x => shown.Contains(x.Dimension))
            .Select(x => new LegendItem { LabelText = ReportText.Dimension(x.Dimension), FillColor = Color.FromHex(ChartPalette.For(x.Colour)) }));
        plot.Legend.FontSize = 22;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        return plot.GetImageBytes(Width, Height(chart), ImageFormat.Png);
    }

    private static IEnumerable<Bar> Segments(ProposedPriority priority, double position, string[] dimensions)
    {
        var left = 0.0;
        foreach (var component in priority.Breakdown.Where(c => c.Contribution > 0))
        {
            var colour = Color.FromHex(ChartPalette.For(Array.IndexOf(dimensions, component.Dimension)));
            yield return new Bar { Position = position, ValueBase = left, Value = left + component.Contribution, FillColor = colour, Size = 0.7 };
            left += component.Contribution;
        }
    }

    private static string Label(ProposedPriority priority)
    {
        var text = priority.Rank.ToString(CultureInfo.InvariantCulture) + ". " + priority.Title;
        return text.Length <= 44 ? text : string.Concat(text.AsSpan(0, 43), "…");
    }
}
