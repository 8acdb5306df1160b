using System.Globalization;
using Priorities.Results;
using Priorities.Sensitivity;

namespace Priorities.Reports;

/// <summary>The one-page summary: what the plan proposes, what changed, how the measures stand, the table and the chart.</summary>
internal static class SummarySection
{
    public static ReportSection Create(PlanResult plan, SensitivityResult? sensitivity = null)
    {
        var ranked = plan.Priorities.Where(p => !p.Mandatory).ToArray();
        var partial = ranked.Any(p => p.Coverage < 1);
        TableColumn[] columns =
        [
            new("Rank", Numeric: true, Width: 1), new("Priority", RowHeader: true, Width: 3.2), new("Theme", Width: 2.6),
            new("Score", Numeric: true, Width: 1.2),
            .. partial ? [new TableColumn("Evidence coverage", Numeric: true, Width: 1.7)] : Array.Empty<TableColumn>(),
            new("Status", Width: 1.7),
        ];
        var rows = ranked.Select(p => (IReadOnlyList<string>)
        [
            p.Rank.ToString(CultureInfo.InvariantCulture), p.Title, p.Theme, ReportText.Number(p.Score),
            .. partial ? [p.Coverage < 1 ? ReportText.Coverage(p.Coverage) : "–"] : Array.Empty<string>(),
            ReportText.Status(p.Status),
        ]).ToArray();
        ReportBlock[] blocks =
        [
            new ParagraphBlock(Proposal(plan, ranked.Length)),
            new ParagraphBlock(Changes(plan)),
            new ParagraphBlock(Performance(plan)),
            .. sensitivity is null
                ? []
                : new[] { new ParagraphBlock(RobustnessText.Summary(plan, sensitivity), RobustnessText.Label) },
            new TableBlock("Proposed priorities in rank order", columns, rows),
            new ChartBlock("Score of each priority by dimension (weighted contributions)", ranked),
        ];
        return new ReportSection("summary", "Summary", blocks);
    }

    private static string Proposal(PlanResult plan, int ranked) =>
        $"From the strategic assessment of {ReportText.Period(plan.Period)} the rule set proposes "
        + $"{ReportText.Plural(ranked, "priority", "priorities")} in rank order, grouped below by theme, and the plan must also "
        + $"include {ReportText.Plural(ReportComposer.DutyCount(plan), "statutory duty", "statutory duties")} whatever the evidence. "
        + (plan.NotSelected.Count + plan.EvidenceGaps.Count == 0
            ? "Every candidate was selected."
            : $"Not selected: {Candidates(plan.NotSelected.Count)} (appendix B); too little evidence to assess: "
                + $"{Candidates(plan.EvidenceGaps.Count)} (appendix C).");

    private static string Candidates(int count) => count == 0 ? "none" : ReportText.Plural(count, "candidate", "candidates");

    private static string Changes(PlanResult plan)
    {
        int Count(string status) => plan.Priorities.Count(p => string.Equals(p.Status, status, StringComparison.Ordinal));
        return $"Since last year's plan: {Count(PriorityStatus.New)} new, {Count(PriorityStatus.Continuing)} continuing, "
            + $"{Count(PriorityStatus.Returning)} returning, {plan.Dropped.Count} dropped and "
            + $"{plan.EvidenceGaps.Count(g => g.Status == PriorityStatus.NotAssessed)} not assessed for want of evidence.";
    }

    private static string Performance(PlanResult plan)
    {
        var measures = plan.Priorities.SelectMany(p => p.Measures).ToArray();
        if (measures.Length == 0)
        {
            return "No priority has measures with targets yet.";
        }

        int Count(string rag) => measures.Count(m => string.Equals(m.Rag, rag, StringComparison.Ordinal));
        return $"Performance: of {ReportText.Plural(measures.Length, "measure", "measures")} with a target, "
            + $"{Count(MeasureStatus.Green)} green, {Count(MeasureStatus.Amber)} amber, {Count(MeasureStatus.Red)} red "
            + $"and {Count(MeasureStatus.Grey)} without data.";
    }
}
