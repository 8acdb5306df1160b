namespace Priorities.Import;

/// <summary>A numeric column of an ONS table: its position, header text and category id.</summary>
internal sealed record OnsColumn(int Index, string Header, string Category);
