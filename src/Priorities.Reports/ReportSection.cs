namespace Priorities.Reports;

/// <summary>A section with a heading, its blocks and its subsections; its depth gives the heading level.</summary>
internal sealed record ReportSection(string Id, string Heading, IReadOnlyList<ReportBlock> Blocks, IReadOnlyList<ReportSection> Subsections)
{
    public ReportSection(string id, string heading, params ReportBlock[] blocks)
        : this(id, heading, blocks, [])
    {
    }
}
