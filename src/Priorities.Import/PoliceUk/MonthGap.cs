using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>A month of a window with no rows for an area.</summary>
internal sealed record MonthGap(string Area, int Month, string Window)
{
    public string MonthText => YearMonth.FromOrdinal(Month).ToString();
}
