using System.Globalization;
using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.Reports;

/// <summary>The plan-wide sections: statutory duties, what changed, data-quality caveats and sources.</summary>
internal static class PlanSections
{
    public static ReportSection Duties(PlanResult plan)
    {
        const string heading = "Statutory duties the plan must include";
        var others = plan.Priorities
            .Where(p => p.Mandatory && !plan.StatutoryDuties.Any(d => string.Equals(d.Id, p.Id, StringComparison.Ordinal)))
            .ToArray();
        if (plan.StatutoryDuties.Count == 0 && others.Length == 0)
        {
            var none = new ParagraphBlock("No statutory duty is in force for this partnership and period.");
            return new ReportSection("duties", heading, none);
        }

        TableColumn[] columns = [new("Duty", RowHeader: true), new("Act and section"), new("In force since"), new("Status")];
        var rows = plan.StatutoryDuties.Select(d => (IReadOnlyList<string>)
            [d.Title, $"{d.Section} {d.Act}", Since(d.Since), ReportText.Status(d.Status)])
            .Concat(others.Select(p => (IReadOnlyList<string>)
                [p.Title, p.LegalBasis ?? "mandatory in the rule set", "–", ReportText.Status(p.Status)]))
            .ToArray();
        return new ReportSection(
            "duties",
            heading,
            new ParagraphBlock(
                "The partnership must deliver these duties whatever the evidence, so they are listed apart from the ranked priorities."),
            new TableBlock(heading, columns, rows));
    }

    private static string Since(string day) =>
        DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            .ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static ReportSection Changes(PlanResult plan)
    {
        ReportSection[] parts =
        [
            new("changes-new", "New priorities", Titles(plan, PriorityStatus.New, "No priority is new this year.")),
            new("changes-continuing", "Continuing priorities", Titles(plan, PriorityStatus.Continuing, "No priority continues from last year.")),
            new("changes-dropped", "Dropped priorities", Dropped(plan.Dropped)),
            new("changes-not-assessed", "Not assessed: evidence missing", NotAssessed(plan.EvidenceGaps)),
        ];
        var intro = new ParagraphBlock("How this plan differs from last year's plan.");
        return new ReportSection("changes", "What changed since last year", [intro], parts);
    }

    public static ReportSection Caveats(PlanResult plan)
    {
        if (plan.DataQuality.Count == 0)
        {
            return new ReportSection("caveats", "Data-quality caveats", new ParagraphBlock("The assessment records no caveats about its evidence."));
        }

        TableColumn[] columns = [new("Caveat", RowHeader: true), new("Kind"), new("Applies to"), new("From"), new("Count", Numeric: true)];
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

    private static ReportBlock Titles(PlanResult plan, string status, string none)
    {
        var titles = plan.Priorities.Where(p => string.Equals(p.Status, status, StringComparison.Ordinal)).Select(p => p.Title).ToArray();
        return titles.Length == 0 ? new ParagraphBlock(none) : new ListBlock(titles);
    }

    private static ReportBlock NotAssessed(IReadOnlyList<EvidenceGap> gaps)
    {
        var titles = gaps.Where(g => g.Status == PriorityStatus.NotAssessed).Select(g => g.Title).ToArray();
        return titles.Length == 0
            ? new ParagraphBlock("Every priority of last year's plan had enough evidence to be assessed.")
            : new ListBlock(titles);
    }

    private static ReportBlock Dropped(IReadOnlyList<DroppedPriority> dropped)
    {
        if (dropped.Count == 0)
        {
            return new ParagraphBlock("No priority of last year's plan was dropped.");
        }

        TableColumn[] columns = [new("Priority", RowHeader: true), new("Reason")];
        var rows = dropped.Select(d => (IReadOnlyList<string>)[d.Title ?? d.Id, d.Reason]).ToArray();
        return new TableBlock("Priorities dropped since last year", columns, rows);
    }
}
