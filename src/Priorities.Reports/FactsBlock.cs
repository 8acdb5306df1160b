namespace Priorities.Reports;

/// <summary>A short run of labelled facts, such as a priority's theme, score and status.</summary>
internal sealed record FactsBlock(IReadOnlyList<MetaItem> Items) : ReportBlock;
