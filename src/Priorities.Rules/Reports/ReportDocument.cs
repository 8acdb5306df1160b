namespace Priorities.Reports;

/// <summary>A report laid out once, format-neutral: title, facts about it, notices and sections.</summary>
internal sealed record ReportDocument(
    string Title,
    IReadOnlyList<MetaItem> Meta,
    IReadOnlyList<NoticeBlock> Notices,
    IReadOnlyList<ReportSection> Sections);
