namespace Priorities.Reports;

/// <summary>A table column: its header, whether it holds numbers (right-aligned) and whether its cells head their rows.</summary>
internal sealed record TableColumn(string Header, bool Numeric = false, bool RowHeader = false);
