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
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        var count = chart.Priorities.Count;
        var bars = chart.Priorities.SelectMany((p, i) => Segments(p, count - 1 - i, dimensions)).ToArray();
        plot.Add.Bars(bars).Horizontal = true;
        plot.Axes.Left.SetTicks(
            Enumerable.Range(0, count).Select(i => (double)(count - 1 - i)).ToArray(),
            chart.Priorities.Select(Label).ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = 22;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 20;
        plot.Axes.Bottom.Label.Text = "Score (weighted contributions of each dimension)";
        plot.Axes.Bottom.Label.FontSize = 22;
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.02, top: 0.02);
        Legend(plot, chart, dimensions);
        return plot.GetImageBytes(Width, Height(chart), ImageFormat.Png);
    }

    /// <summary>A legend below the plot of the dimensions that have a segment, in the HTML chart's colours.</summary>
    private static void Legend(Plot plot, ChartBlock chart, string[] dimensions)
    {
        var shown = chart.Priorities.SelectMany(p => p.Breakdown).Where(c => c.Contribution > 0).Select(c => c.Dimension)
            .ToHashSet(StringComparer.Ordinal);
        plot.Legend.ManualItems.AddRange(dimensions.Select((d, i) => (Dimension: d, Colour: i))
            .Where(x => shown.Contains(x.Dimension))
            .Select(x => new LegendItem { LabelText = ReportText.Dimension(x.Dimension), FillColor = Color.FromHex(ChartPalette.For(x.Colour)) }));
        plot.Legend.FontSize = 22;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
    }

    private static IEnumerable<Bar> Segments(ProposedPriority priority, double position, string[] dimensions)
    {
        var left = 0.0;
        foreach (var component in priority.Breakdown.Where(c => c.Contribution > 0))
        {
            var colour = Color.FromHex(ChartPalette.For(Array.IndexOf(dimensions, component.Dimension)));
            var end = left + component.Contribution;
            yield return new Bar { Position = position, ValueBase = left, Value = end, FillColor = colour, Size = 0.7 };
            left = end;
        }
    }

    private static string Label(ProposedPriority priority)
    {
        var text = priority.Rank.ToString(CultureInfo.InvariantCulture) + ". " + priority.Title;
        return text.Length <= 44 ? text : string.Concat(text.AsSpan(0, 43), "…");
    }
}
