using Priorities.Results;

namespace Priorities.Reports;

/// <summary>The measures of every priority in one table, with each one's status sentence and RAG rating.</summary>
internal static class PerformanceSection
{
    public static ReportSection Create(PlanResult plan)
    {
        const string heading = "Performance against targets";
        var measures = plan.Priorities.SelectMany(p => p.Measures.Select(m => (Priority: p, Measure: m))).ToArray();
        if (measures.Length == 0)
        {
            return new ReportSection("performance", heading, new ParagraphBlock(
                "No priority has measures with targets yet; the Board may ask for measurable targets for next year's plan."));
        }

        TableColumn[] columns =
        [
            new("Priority", Width: 2.4), new("Measure", RowHeader: true, Width: 2.6), new("How it stands", Width: 4.2),
            new("RAG", Width: 0.9, Rag: true),
        ];
        var rows = measures.Select(x => (IReadOnlyList<string>)
            [x.Priority.Title, x.Measure.Title, x.Measure.Summary, MeasureText.Rag(x.Measure.Rag)]).ToArray();
        var intro = new ParagraphBlock(
            "Each measure's latest actual against its target, from the assessment's actuals: green achieved or on track, "
            + "amber or red behind the target's path or missed, grey without data.");
        return new ReportSection("performance", heading, intro, new TableBlock("Measures across the plan", columns, rows));
    }
}
