using System.Globalization;
using Priorities.Results;

namespace Priorities.Reports;

/// <summary>
/// The measures across the plan in one table: per priority, how many measures have each RAG rating and which ones are
/// red or amber (each priority's own table gives the figures).
/// </summary>
internal static class PerformanceSection
{
    public static ReportSection Create(PlanResult plan)
    {
        const string heading = "Performance against targets";
        var measured = plan.Priorities.Where(p => p.Measures.Count > 0).ToArray();
        if (measured.Length == 0)
        {
            return new ReportSection("performance", heading, new ParagraphBlock(
                "No priority has measures with targets yet; the Board may ask for measurable targets for next year's plan."));
        }

        TableColumn[] columns =
        [
            new("Priority", RowHeader: true, Width: 3.2), new("Green", Numeric: true, Width: 0.9), new("Amber", Numeric: true, Width: 0.9),
            new("Red", Numeric: true, Width: 0.9), new("No data", Numeric: true, Width: 0.9), new("Behind target", Width: 4.2),
        ];
        var rows = measured.Select(p => (IReadOnlyList<string>)
        [
            p.Title, Count(p, MeasureStatus.Green), Count(p, MeasureStatus.Amber), Count(p, MeasureStatus.Red), Count(p, MeasureStatus.Grey),
            Behind(p),
        ]).ToArray();
        var intro = new ParagraphBlock(
            "How many of each priority's measures are green (achieved or on track), amber or red (behind the target's path or "
            + "missed) or without data; the measures behind target are named, and each priority's table above gives the figures.");
        return new ReportSection("performance", heading, intro, new TableBlock("Measures across the plan by RAG rating", columns, rows));
    }

    private static string Count(ProposedPriority priority, string rag) =>
        priority.Measures.Count(m => string.Equals(m.Rag, rag, StringComparison.Ordinal)).ToString(CultureInfo.InvariantCulture);

    private static string Behind(ProposedPriority priority)
    {
        var behind = priority.Measures.Where(m => m.Rag is MeasureStatus.Red or MeasureStatus.Amber)
            .Select(m => $"{m.Title} ({MeasureText.Rag(m.Rag).ToLowerInvariant()})").ToArray();
        return behind.Length == 0 ? "None" : string.Join("; ", behind);
    }
}
