namespace Priorities.Reports;

/// <summary>The formats a board report can be written in.</summary>
public enum ReportFormat
{
    /// <summary>CommonMark text with pipe tables.</summary>
    Markdown,

    /// <summary>One self-contained, accessible HTML file (XHTML-compatible) with an inline SVG score chart.</summary>
    Html,

    /// <summary>A Word (.docx) committee paper.</summary>
    Docx,
}
