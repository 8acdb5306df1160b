namespace Priorities.Reports;

/// <summary>A report laid out once, format-neutral: title, how it may be shared, facts about it, notices and sections.</summary>
internal sealed record ReportDocument(
    string Title,
    string Marking,
    IReadOnlyList<MetaItem> Meta,
    IReadOnlyList<NoticeBlock> Notices,
    IReadOnlyList<ReportSection> Sections);
