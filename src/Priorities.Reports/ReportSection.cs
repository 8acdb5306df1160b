namespace Priorities.Reports;

/// <summary>
/// A section with a heading, its blocks and its subsections; its depth gives the heading level. A section marked
/// <see cref="NewPage"/> starts a new page in Word and in print.
/// </summary>
internal sealed record ReportSection(string Id, string Heading, IReadOnlyList<ReportBlock> Blocks, IReadOnlyList<ReportSection> Subsections)
{
    /// <summary>Whether the section starts on a new page (Word and print; Markdown has no pages).</summary>
    public bool NewPage { get; init; }

    public ReportSection(string id, string heading, params ReportBlock[] blocks)
        : this(id, heading, blocks, [])
    {
    }
}
