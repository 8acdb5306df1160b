using Priorities.Import;

namespace Priorities.Import.Ons;

/// <summary>A row of an ONS table that is not a partnership: why it was left out, its force, and its name.</summary>
internal sealed record OnsExcludedRow(string Reason, string Force, string Label)
{
    public const string ForceTotal = "force-total";
    public const string Unassigned = "unassigned";
    public const string NoCode = "no-code";

    /// <summary>How a note describes rows left out for a reason.</summary>
    public static string Describe(string reason, int count) => reason switch
    {
        ForceTotal => ImportText.Count(count, "force-total row", "force-total rows"),
        Unassigned => $"{ImportText.Count(count, "row", "rows")} of crimes not assigned to a partnership",
        _ => ImportText.Count(count, "row without a partnership code", "rows without a partnership code"),
    };
}
