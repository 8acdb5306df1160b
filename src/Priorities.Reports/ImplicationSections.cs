using System.Globalization;
using Priorities.Results;

namespace Priorities.Reports;

/// <summary>The financial implications (the funding table) and the legal implications (the statutory duties).</summary>
internal static class ImplicationSections
{
    public static ReportSection Financial(PlanResult plan)
    {
        const string heading = "Financial implications";
        var lines = plan.Priorities.SelectMany(p => p.Funding.Select(f => (Priority: p, Line: f))).ToArray();
        if (lines.Length == 0)
        {
            return new ReportSection("financial", heading, new ParagraphBlock(
                "The rule set allocates no funding to these priorities; partners deliver them from their own resources."));
        }

        TableColumn[] columns =
        [
            new("Priority", RowHeader: true, Width: 4), new("Fund", Width: 2.5), new("Year", Width: 1.1),
            new("Purpose", Width: 2.4), new("Amount", Numeric: true, Width: 1.3),
        ];
        var rows = lines.Select(l => (IReadOnlyList<string>)
            [l.Priority.Title, l.Line.Fund, l.Line.Year, l.Line.Purpose ?? "–", PlanText.Money(l.Line.Amount, l.Line.Currency)])
            .Append(["Total", string.Empty, string.Empty, string.Empty, PlanText.Total(lines.Select(l => l.Line))]).ToArray();
        var intro = new ParagraphBlock(
            $"The plan allocates {PlanText.Total(lines.Select(l => l.Line))} to " +
            $"{ReportText.Plural(lines.Select(l => l.Priority.Id).Distinct(StringComparer.Ordinal).Count(), "priority", "priorities")}; "
            + "a line of £0 is a priority that partners deliver from existing resources.");
        return new ReportSection("financial", heading, intro, new TableBlock("Funding allocated to the priorities", columns, rows));
    }

    public static ReportSection Legal(PlanResult plan)
    {
        const string heading = "Legal implications";
        var others = ReportComposer.OtherMandatory(plan);
        if (plan.StatutoryDuties.Count == 0 && others.Length == 0)
        {
            return new ReportSection("legal", heading, new ParagraphBlock("No statutory duty is in force for this partnership and period."));
        }

        TableColumn[] columns =
        [
            new("Statutory duty", RowHeader: true, Width: 3.6), new("Act", Width: 3.2), new("Section", Width: 1.2),
            new("In force since", Width: 2), new("Status", Width: 1.4),
        ];
        var rows = plan.StatutoryDuties.Select(d => (IReadOnlyList<string>)
            [d.Title, d.Act, d.Section, Since(d.Since), ReportText.Status(d.Status)])
            .Concat(others.Select(p => (IReadOnlyList<string>)
                [p.Title, p.LegalBasis ?? "mandatory in the rule set", "–", "–", ReportText.Status(p.Status)]))
            .ToArray();
        var intro = new ParagraphBlock(
            "The responsible authorities must deliver these statutory duties whatever the evidence, so the plan includes them "
            + "apart from the ranked priorities.");
        return new ReportSection("legal", heading, intro, new TableBlock("Statutory duties the plan must include", columns, rows));
    }

    private static string Since(string day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : day;
}
