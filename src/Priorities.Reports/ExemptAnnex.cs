using Priorities.Results;

namespace Priorities.Reports;

/// <summary>
/// The exempt annex: the items a public paper leaves out (evidence, findings and raw values marked sensitive), per
/// priority, headed as exempt information under Schedule 12A to the Local Government Act 1972.
/// </summary>
internal static class ExemptAnnex
{
    public const string Marking = "Exempt information: not for publication";

    public const string Ground =
        "Not for publication: exempt information under Schedule 12A to the Local Government Act 1972. Paragraph 7 "
        + "(information about action taken or to be taken in connection with the prevention, investigation or prosecution "
        + "of crime) is the likely ground; the proper officer confirms the paragraph that applies before the agenda is published.";

    public static ReportDocument Compose(PlanResult result, ReportOptions options, string title)
    {
        var priorities = result.Priorities.Select(Priority).OfType<ReportSection>().ToArray();
        var candidates = result.NotSelected.Select(Candidate).OfType<ReportSection>().ToArray();
        ReportSection[] sections = priorities.Length + candidates.Length == 0
            ? [new ReportSection("exempt", "Items marked sensitive", new ParagraphBlock("No evidence in this plan was marked sensitive."))]
            : [.. priorities, .. candidates];
        MetaItem[] meta =
        [
            new("Annex to", title),
            new("Report of", result.Partnership.Name),
            new("Prepared", ReportText.Date(options.TimeProvider.GetUtcNow())),
        ];
        NoticeBlock[] notices = [new("Exempt information", Ground)];
        return new ReportDocument("Exempt annex: " + title, Marking, meta, notices, sections, []);
    }

    private static ReportSection? Priority(ProposedPriority priority)
    {
        var lines = priority.Rules.Where(r => r.Sensitive).Select(r => r.Because).Concat(priority.SensitiveLines)
            .Distinct(StringComparer.Ordinal).ToArray();
        var evidence = priority.Evidence.Where(e => e.Sensitive).ToArray();
        var raws = priority.Breakdown.Where(c => c.Sensitive && c.Raw is not null)
            .Select(c => $"{ReportText.Dimension(c.Dimension)}: raw value {ReportText.Number(c.Raw)} (score {ReportText.Number(c.Score)})")
            .ToArray();
        var blocks = new List<ReportBlock>();
        if (lines.Length > 0) blocks.AddRange([new ParagraphBlock("Findings:"), new ListBlock(lines)]);
        if (raws.Length > 0) blocks.AddRange([new ParagraphBlock("Score values from sensitive evidence:"), new ListBlock(raws)]);
        if (evidence.Length > 0) blocks.Add(EvidenceTable.Create(priority.Title, evidence));
        return blocks.Count == 0 ? null : new ReportSection("exempt-" + priority.Id, priority.Title, [.. blocks], []);
    }

    private static ReportSection? Candidate(NotSelectedPriority candidate)
    {
        var lines = candidate.Rules.Where(r => r.Sensitive).Select(r => r.Because).Distinct(StringComparer.Ordinal).ToArray();
        return lines.Length == 0
            ? null
            : new ReportSection(
                "exempt-" + candidate.Id, candidate.Title + " (not selected)", new ParagraphBlock("Findings:"), new ListBlock(lines));
    }
}
