using Priorities.Results;

namespace Priorities.Reports;

/// <summary>What the score chart shows, in words: its dimensions in legend order and its alternative text.</summary>
internal static class ChartText
{
    /// <summary>The dimensions of the chart's bars, in the order they first appear (the legend's order).</summary>
    public static string[] Dimensions(ChartBlock chart) =>
        chart.Priorities.SelectMany(p => p.Breakdown).Select(c => c.Dimension).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The alternative text: what the chart is, then each priority's score and its parts.</summary>
    public static string AltText(ChartBlock chart) =>
        $"{chart.Caption}. Horizontal stacked bars, one per priority in rank order; each segment is a dimension's weighted "
        + "contribution to the score. "
        + string.Join("; ", chart.Priorities.Select(Describe)) + ".";

    private static string Describe(ProposedPriority priority)
    {
        var parts = priority.Breakdown.Where(c => c.Contribution > 0)
            .Select(c => $"{PlanText.Dimension(c.Dimension)} {ReportText.Number(c.Contribution)}").ToArray();
        return $"{priority.Rank}. {priority.Title}: {ReportText.Number(priority.Score)}"
            + (parts.Length > 0 ? $" ({string.Join(", ", parts)})" : string.Empty);
    }
}
