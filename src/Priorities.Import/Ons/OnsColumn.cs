using Priorities.Import;

namespace Priorities.Import.Ons;

/// <summary>
/// A numeric column of an ONS table: its position, header text and category id, and where its header cell is
/// (the header's line, and the cell's 1-based column there or 0 when not known).
/// </summary>
internal sealed record OnsColumn(int Index, string Header, string Category, long Line, int Column);
