namespace Priorities.Reports;

/// <summary>A labelled fact about the report, such as its partnership or rule set.</summary>
internal sealed record MetaItem(string Label, string Value);
