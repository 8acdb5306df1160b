using System.Text;
using Priorities.Diffs;

namespace Priorities.Reports;

/// <summary>
/// Writes a plan diff (<see cref="RuleSetDiffer"/>) as a report section for a board or an analyst: Markdown, a
/// self-contained HTML page or a Word document, through the same format-neutral model as the committee paper.
/// Deterministic: the same diff and options (with a fixed <see cref="ReportOptions.TimeProvider"/>) give the same bytes.
/// </summary>
public static class DiffReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The report as bytes: UTF-8 text for Markdown and HTML, the package for Word.</summary>
    /// <param name="diff">The diff; for a public report, make it with <c>publicView</c> set.</param>
    /// <param name="format">The format to write.</param>
    /// <param name="options">The title and clock, or null for <see cref="ReportOptions.Default"/>.</param>
    /// <returns>The report's bytes.</returns>
    public static byte[] Render(PlanDiff diff, ReportFormat format, ReportOptions? options = null)
    {
        options ??= ReportOptions.Default;
        var document = DiffReportComposer.Compose(diff, options);
        return format switch
        {
            ReportFormat.Docx => DocxRenderer.Render(document, options.TimeProvider.GetUtcNow()),
            ReportFormat.Markdown => Utf8.GetBytes(MarkdownRenderer.Render(document)),
            ReportFormat.Html => Utf8.GetBytes(HtmlRenderer.Render(document)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
        };
    }
}
