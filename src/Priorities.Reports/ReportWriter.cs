using System.Text;
using Priorities.Results;

namespace Priorities.Reports;

/// <summary>
/// Writes a plan result as a board report: Markdown, a self-contained HTML page or a Word committee paper. Output is
/// deterministic: the same result and options (with a fixed <see cref="ReportOptions.TimeProvider"/>) give the same bytes.
/// </summary>
public static class ReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the report to a stream (UTF-8 without a byte-order mark for the text formats).</summary>
    /// <param name="result">The plan result.</param>
    /// <param name="format">The format to write.</param>
    /// <param name="output">The stream to write to; it is left open.</param>
    /// <param name="options">The options, or null for <see cref="ReportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the report is written.</returns>
    public static async Task WriteAsync(
        PlanResult result, ReportFormat format, Stream output, ReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Render(result, format, options ?? ReportOptions.Default);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The report as bytes: UTF-8 text for Markdown and HTML, the package for Word.</summary>
    /// <param name="result">The plan result.</param>
    /// <param name="format">The format to write.</param>
    /// <param name="options">The options, or null for <see cref="ReportOptions.Default"/>.</param>
    /// <returns>The report's bytes.</returns>
    public static byte[] Render(PlanResult result, ReportFormat format, ReportOptions? options = null)
    {
        options ??= ReportOptions.Default;
        return Bytes(ReportComposer.Compose(result, options), format, options);
    }

    /// <summary>
    /// The exempt annex to the paper, in the paper's format: the evidence, findings and raw values marked sensitive,
    /// per priority, headed as exempt information (Local Government Act 1972, Schedule 12A). Write the paper with
    /// <see cref="ReportOptions.ExemptAnnex"/> set so that it says the annex exists.
    /// </summary>
    /// <param name="result">The full plan result (not a public view).</param>
    /// <param name="format">The format to write.</param>
    /// <param name="options">The options, or null for <see cref="ReportOptions.Default"/>; the title names the paper.</param>
    /// <returns>The annex's bytes.</returns>
    public static byte[] RenderExemptAnnex(PlanResult result, ReportFormat format, ReportOptions? options = null)
    {
        options ??= ReportOptions.Default;
        return Bytes(ReportComposer.ComposeAnnex(result, options), format, options);
    }

    private static byte[] Bytes(ReportDocument document, ReportFormat format, ReportOptions options) =>
        format == ReportFormat.Docx
            ? DocxRenderer.Render(document, options.TimeProvider.GetUtcNow())
            : Utf8.GetBytes(RenderText(document, format));

    /// <summary>The report as text, for <see cref="ReportFormat.Markdown"/> or <see cref="ReportFormat.Html"/>.</summary>
    /// <param name="result">The plan result.</param>
    /// <param name="format">Markdown or Html.</param>
    /// <param name="options">The options, or null for <see cref="ReportOptions.Default"/>.</param>
    /// <returns>The report, with <c>\n</c> line ends.</returns>
    /// <exception cref="ArgumentException">The format is <see cref="ReportFormat.Docx"/>, which is not text.</exception>
    public static string RenderText(PlanResult result, ReportFormat format, ReportOptions? options = null) =>
        RenderText(ReportComposer.Compose(result, options ?? ReportOptions.Default), format);

    private static string RenderText(ReportDocument document, ReportFormat format) => format switch
    {
        ReportFormat.Markdown => MarkdownRenderer.Render(document),
        ReportFormat.Html => HtmlRenderer.Render(document),
        ReportFormat.Docx => throw new ArgumentException("A Word report is not text; use WriteAsync or Render.", nameof(format)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };
}
