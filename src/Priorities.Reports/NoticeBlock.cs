namespace Priorities.Reports;

/// <summary>A notice the reader must not miss, such as what the public version left out.</summary>
internal sealed record NoticeBlock(string Title, string Text) : ReportBlock;
