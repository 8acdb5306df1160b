namespace Priorities.Reports;

/// <summary>
/// A report laid out once, format-neutral: title, how it may be shared, the front sheet, notices, the body's sections
/// and the appendices.
/// </summary>
internal sealed record ReportDocument(
    string Title,
    string Marking,
    IReadOnlyList<MetaItem> Meta,
    IReadOnlyList<NoticeBlock> Notices,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<ReportSection> Appendices)
{
    /// <summary>The body's sections, then the appendices.</summary>
    public IEnumerable<ReportSection> AllSections => Sections.Concat(Appendices);
}
