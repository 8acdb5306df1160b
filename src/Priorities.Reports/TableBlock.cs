namespace Priorities.Reports;

/// <summary>A table with a caption, a header row and plain-text cells.</summary>
internal sealed record TableBlock(string Caption, IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;
