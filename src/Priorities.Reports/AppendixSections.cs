using System.Globalization;
using Priorities.Results;

namespace Priorities.Reports;

/// <summary>
/// The appendices about candidates: the evidence for each priority, the candidates not selected and the evidence gaps,
/// each of the last two one plain sentence per candidate (the rules' conditions stay in <c>priorities explain</c>).
/// </summary>
internal static class AppendixSections
{
    public static ReportSection Evidence(PlanResult plan)
    {
        var intro = new ParagraphBlock(
            "For each priority: the findings of the rules that proposed it, how its score is made up and the evidence behind it.");
        return new ReportSection("evidence", "Evidence for each priority", [intro], plan.Priorities.Select(Priority).ToArray());
    }

    public static ReportSection NotSelected(PlanResult plan)
    {
        const string heading = "Candidates not selected";
        if (plan.NotSelected.Count == 0)
        {
            return new ReportSection("not-selected", heading, new ParagraphBlock("Every candidate with enough evidence was selected."));
        }

        TableColumn[] columns =
        [
            new("Candidate", RowHeader: true, Width: 2.6), new("Theme", Width: 2.2), new("Why it was not selected", Width: 5.2),
        ];
        var rows = plan.NotSelected.Select(c => (IReadOnlyList<string>)
            [c.Title, c.Theme, WhyText.NotSelected(c, plan.Priorities)]).ToArray();
        return new ReportSection(
            "not-selected",
            heading,
            new ParagraphBlock("These candidates were scored but did not make the plan, best first."),
            new TableBlock(heading, columns, rows));
    }

    public static ReportSection Gaps(PlanResult plan)
    {
        const string heading = "Evidence gaps";
        if (plan.EvidenceGaps.Count == 0)
        {
            return new ReportSection("evidence-gaps", heading, new ParagraphBlock("Every candidate had enough evidence to be assessed."));
        }

        TableColumn[] columns =
        [
            new("Candidate", RowHeader: true, Width: 2.2), new("Why it was not assessed", Width: 3.6),
            new("What data would settle it", Width: 5),
        ];
        var rows = plan.EvidenceGaps.Select(g => (IReadOnlyList<string>)[g.Title, WhyText.Gap(g), g.Need]).ToArray();
        return new ReportSection(
            "evidence-gaps",
            heading,
            new ParagraphBlock("These candidates have too little evidence to be scored fairly, so they are neither proposed nor turned down."),
            new TableBlock(heading, columns, rows));
    }

    private static ReportSection Priority(ProposedPriority priority)
    {
        var id = "evidence-" + priority.Rank.ToString(CultureInfo.InvariantCulture);
        ReportBlock rationale = priority.Rationale.Count == 0
            ? new ParagraphBlock("No findings were recorded.")
            : new ListBlock(priority.Rationale);
        ReportBlock[] blocks = priority.Coverage < 1
            ? [new ParagraphBlock(ReportText.CoverageFact(priority.Coverage), "Coverage:"), rationale]
            : [rationale];
        var heading = priority.Rank.ToString(CultureInfo.InvariantCulture) + ". " + priority.Title;
        return new ReportSection(id, heading, [.. blocks, Breakdown(priority), EvidenceTable.Create(priority.Title, priority.Evidence)], []);
    }

    internal static TableBlock Breakdown(ProposedPriority priority)
    {
        TableColumn[] columns =
        [
            new("Dimension", RowHeader: true, Width: 2.4), new("Raw value", Numeric: true, Width: 1.6), new("Score", Numeric: true, Width: 1.4),
            new("Weight", Numeric: true, Width: 1.2), new("Contribution", Numeric: true, Width: 1.6),
        ];
        var rows = priority.Breakdown.Select(c => (IReadOnlyList<string>)
        [
            ReportText.Dimension(c.Dimension), ReportText.Number(c.Raw),
            c.Evidence == EvidenceState.Missing ? "no evidence" : ReportText.Number(c.Score),
            ReportText.Number(c.Weight), ReportText.Number(c.Contribution),
        ]).Append(["Total", string.Empty, string.Empty, string.Empty, ReportText.Number(priority.Score)]).ToArray();
        return new TableBlock("Score breakdown of " + priority.Title, columns, rows);
    }
}
