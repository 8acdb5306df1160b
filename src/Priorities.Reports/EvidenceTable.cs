using Priorities.Results;

namespace Priorities.Reports;

/// <summary>A table of the evidence behind a priority: summary, kind, area and source.</summary>
internal static class EvidenceTable
{
    public static ReportBlock Create(string title, IReadOnlyList<Evidence> evidence)
    {
        if (evidence.Count == 0)
        {
            return new ParagraphBlock("No evidence is shown for this priority.");
        }

        TableColumn[] columns =
        [
            new("Evidence", RowHeader: true, Width: 4.6), new("Kind", Width: 1.3), new("Area", Width: 1.3), new("Source", Width: 3.2),
        ];
        var rows = evidence.Select(e => (IReadOnlyList<string>)
        [
            e.Sensitive ? e.Summary + " (sensitive)" : e.Summary, e.Kind, e.Area ?? "–", e.Source ?? "not given",
        ]).ToArray();
        return new TableBlock("Evidence for " + title, columns, rows);
    }
}
