using System.Globalization;
using System.Text;
using Priorities.Results;

namespace Priorities.Reports;

/// <summary>
/// An inline SVG horizontal stacked bar chart: one bar (<c>g.bar</c>) per priority, one titled and labelled segment
/// per dimension with a positive contribution, and a legend of the dimensions in segment order.
/// </summary>
internal static class ScoreChart
{
    private const double Width = 760, LabelWidth = 230, BarX = 240, BarWidth = 440, Row = 30, BarHeight = 20, Top = 8;

    public static string Render(ChartBlock chart, string id)
    {
        var dimensions = chart.Priorities.SelectMany(p => p.Breakdown).Select(c => c.Dimension).Distinct(StringComparer.Ordinal).ToArray();
        var max = Math.Max(chart.Priorities.Select(PositiveTotal).DefaultIfEmpty(0).Max(), 1e-9);
        var legendTop = Top + (chart.Priorities.Count * Row) + 14;
        var (legend, legendHeight) = Legend(dimensions, legendTop);
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {legendTop + legendHeight}\" "))
            .Append(Invariant($"role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\n"))
            .Append("<title id=\"").Append(id).Append("-title\">").Append(HtmlText.Escape(chart.Caption)).Append("</title>\n")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(HtmlText.Escape(Description(chart))).Append("</desc>\n");
        for (var i = 0; i < chart.Priorities.Count; i++)
        {
            Bar(svg, chart.Priorities[i], Top + (i * Row), max, dimensions);
        }

        svg.Append(legend).Append("</svg>\n");
        return svg.ToString();
    }

    private static double PositiveTotal(ProposedPriority priority) => priority.Breakdown.Sum(c => Math.Max(c.Contribution, 0));

    private static string Description(ChartBlock chart) =>
        "Stacked bars, one per priority in rank order; each segment is a dimension's weighted contribution to the score. "
        + string.Join("; ", chart.Priorities.Select(p => $"{p.Title}: {ReportText.Number(p.Score)}")) + ".";

    private static void Bar(StringBuilder svg, ProposedPriority priority, double y, double max, string[] dimensions)
    {
        var middle = y + (BarHeight / 2) + 4;
        svg.Append("<g class=\"bar\" data-priority=\"").Append(HtmlText.Escape(priority.Id)).Append("\">\n")
            .Append(Invariant($"<text class=\"label\" x=\"{LabelWidth}\" y=\"{middle}\" text-anchor=\"end\">"))
            .Append(HtmlText.Escape(Shorten(priority.Rank.ToString(CultureInfo.InvariantCulture) + ". " + priority.Title)))
            .Append("<title>").Append(HtmlText.Escape(priority.Title)).Append("</title></text>\n");
        var x = BarX;
        foreach (var component in priority.Breakdown.Where(c => c.Contribution > 0))
        {
            var width = component.Contribution / max * BarWidth;
            Segment(svg, component, x, y, width, Array.IndexOf(dimensions, component.Dimension));
            x += width;
        }

        svg.Append(Invariant($"<text class=\"total\" x=\"{x + 6:0.##}\" y=\"{middle}\">"))
            .Append(ReportText.Number(priority.Score)).Append("</text>\n</g>\n");
    }

    private static void Segment(StringBuilder svg, ScoreComponent component, double x, double y, double width, int colour)
    {
        var name = ReportText.Dimension(component.Dimension);
        var value = ReportText.Number(component.Contribution);
        var tip = $"{name}: {value} (score {ReportText.Number(component.Score)} × weight {ReportText.Number(component.Weight)})";
        svg.Append(Invariant($"<rect x=\"{x:0.##}\" y=\"{y}\" width=\"{width:0.##}\" height=\"{BarHeight}\" fill=\"{ChartPalette.For(colour)}\" stroke=\"#ffffff\" stroke-width=\"1\">"))
            .Append("<title>").Append(HtmlText.Escape(tip)).Append("</title></rect>\n");
        if (width >= 12 + (value.Length * 7))
        {
            svg.Append(Invariant($"<text class=\"value\" x=\"{x + (width / 2):0.##}\" y=\"{y + (BarHeight / 2) + 4}\" text-anchor=\"middle\" aria-hidden=\"true\">"))
                .Append(value).Append("</text>\n");
        }
    }

    private static (string Svg, double Height) Legend(string[] dimensions, double top)
    {
        var svg = new StringBuilder("<g class=\"legend\">\n");
        double x = BarX, y = top;
        for (var i = 0; i < dimensions.Length; i++)
        {
            var name = ReportText.Dimension(dimensions[i]);
            var width = 34 + (name.Length * 7.5);
            if (x + width > Width && x > BarX)
            {
                (x, y) = (BarX, y + 20);
            }

            svg.Append(Invariant($"<rect class=\"key\" x=\"{x:0.##}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{ChartPalette.For(i)}\"/>"))
                .Append(Invariant($"<text x=\"{x + 16:0.##}\" y=\"{y + 11}\">")).Append(HtmlText.Escape(name)).Append("</text>\n");
            x += width;
        }

        return (svg.Append("</g>\n").ToString(), y - top + 24);
    }

    private static string Shorten(string text) => text.Length <= 31 ? text : string.Concat(text.AsSpan(0, 30), "…");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
