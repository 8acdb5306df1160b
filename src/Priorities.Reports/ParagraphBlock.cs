namespace Priorities.Reports;

/// <summary>A paragraph, optionally led by a bold label such as <c>Theme:</c>.</summary>
internal sealed record ParagraphBlock(string Text, string? Label = null) : ReportBlock;
