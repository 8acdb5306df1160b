using System.Globalization;
using Priorities.Results;

namespace Priorities.Reports;

/// <summary>The evidence gaps: candidates with too little evidence to be assessed, with what data would settle each.</summary>
internal static class EvidenceGapSection
{
    public static ReportSection Gaps(PlanResult plan)
    {
        if (plan.EvidenceGaps.Count == 0)
        {
            var none = new ParagraphBlock("Every candidate had enough evidence to be assessed.");
            return new ReportSection("evidence-gaps", "Evidence gaps", none);
        }

        var intro = new ParagraphBlock(
            "These candidates have too little evidence to be scored fairly, so they are neither proposed nor turned down. "
            + "A priority of last year's plan here is not assessed, not dropped. "
            + "Each says what data would settle it and where it is published.");
        return new ReportSection("evidence-gaps", "Evidence gaps", [intro], plan.EvidenceGaps.Select(Gap).ToArray());
    }

    private static ReportSection Gap(EvidenceGap gap, int index)
    {
        var facts = new List<MetaItem>
        {
            new("Coverage", $"{ReportText.Coverage(gap.Coverage)} of the scoring weight has evidence"),
            new("No evidence of", string.Join(", ", gap.Missing.Select(ReportText.Dimension))),
        };
        if (gap.Status is { } status) facts.Insert(0, new MetaItem("Status", ReportText.Status(status)));
        var id = "evidence-gap-" + (index + 1).ToString(CultureInfo.InvariantCulture);
        return new ReportSection(id, gap.Title, new FactsBlock(facts), new ParagraphBlock(gap.Need, "What would settle it:"));
    }
}
