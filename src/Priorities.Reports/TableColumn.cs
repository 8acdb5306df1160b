namespace Priorities.Reports;

/// <summary>
/// A table column: its header, whether it holds numbers (right-aligned), whether its cells head their rows, and its
/// share of the table's width relative to the other columns' (Word and HTML set the widths; Markdown cannot), and
/// whether it holds RAG ratings (coloured in Word and HTML).
/// </summary>
internal sealed record TableColumn(string Header, bool Numeric = false, bool RowHeader = false, double Width = 1, bool Rag = false);
