using System.Globalization;
using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.Reports;

/// <summary>The plan-wide sections: what changed since last year, data-quality caveats and sources.</summary>
internal static class PlanSections
{
    public static ReportSection Changes(PlanResult plan)
    {
        const string heading = "What changed since last year";
        TableColumn[] columns = [new("Priority", RowHeader: true, Width: 3), new("Change", Width: 6)];
        var rows = plan.Priorities.Where(p => !string.Equals(p.Status, PriorityStatus.Continuing, StringComparison.Ordinal))
            .Select(p => (IReadOnlyList<string>)[p.Title, PlanText.Change(p)])
            .Concat(plan.Dropped.Select(d => (IReadOnlyList<string>)[d.Title ?? d.Id, PlanText.Dropped(d)]))
            .Concat(plan.EvidenceGaps.Where(g => g.Status == PriorityStatus.NotAssessed)
                .Select(g => (IReadOnlyList<string>)[g.Title, "Not assessed: evidence missing (appendix C); in last year's plan, not dropped"]))
            .ToArray();
        var continuing = plan.Priorities.Where(p => string.Equals(p.Status, PriorityStatus.Continuing, StringComparison.Ordinal))
            .Select(p => p.Since is { } since ? $"{p.Title} (since {since.ToString(CultureInfo.InvariantCulture)})" : p.Title).ToArray();
        var intro = new ParagraphBlock(continuing.Length == 0
            ? "No priority continues from last year's plan."
            : $"Continuing from last year's plan: {PlanText.Join(continuing)}.");
        return rows.Length == 0
            ? new ReportSection("changes", heading, intro, new ParagraphBlock("Nothing else changed since last year's plan."))
            : new ReportSection("changes", heading, intro, new TableBlock("Changes since last year's plan", columns, rows));
    }

    public static ReportSection Caveats(PlanResult plan)
    {
        if (plan.DataQuality.Count == 0)
        {
            return new ReportSection("caveats", "Data-quality caveats", new ParagraphBlock("The assessment records no caveats about its evidence."));
        }

        TableColumn[] columns =
        [
            new("Caveat", RowHeader: true, Width: 5), new("Kind", Width: 1.6), new("Applies to", Width: 1.8), new("From", Width: 1),
            new("Count", Numeric: true, Width: 0.9),
        ];
        var rows = plan.DataQuality.Select(n => (IReadOnlyList<string>)
        [
            n.Message, ReportText.Dimension(n.Kind), ReportText.AppliesTo(n), n.From ?? "–",
            n.Count is { } count ? ReportText.Count(count) : "–",
        ]).ToArray();
        return new ReportSection(
            "caveats",
            "Data-quality caveats",
            new ParagraphBlock("Read the evidence with these caveats in mind; they can make a trend look larger or smaller than it is."),
            new TableBlock("Data-quality caveats", columns, rows));
    }

    public static ReportSection Sources(PlanResult plan)
    {
        var blocks = new List<ReportBlock>();
        blocks.Add(plan.Sources.Count == 0 ? new ParagraphBlock("The assessment names no sources.") : new ListBlock(plan.Sources));
        var ruleSet = plan.RuleSet;
        blocks.Add(new ParagraphBlock($"{ruleSet.Id} version {ruleSet.Version}, SHA-256 {ruleSet.Hash}.", "Rule set:"));
        blocks.Add(new ParagraphBlock(Licences.OpenGovernmentAttribution, "Licence:"));
        return new ReportSection("sources", "Sources", [.. blocks], []);
    }
}
