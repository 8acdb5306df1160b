using System.Globalization;
using System.Text.RegularExpressions;
using Priorities.Import;

namespace Priorities.Import.Ons;

/// <summary>Reads the period of an ONS table from its title, such as "… year ending June 2025 …".</summary>
internal static partial class OnsTitle
{
    public static MonthRange? Period(string title)
    {
        var match = YearEnding().Match(title);
        if (!match.Success) return null;
        var month = DateTime.ParseExact(match.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture).Month;
        var end = new YearMonth(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month);
        return new MonthRange(end.AddMonths(-11), end);
    }

    [GeneratedRegex(@"year ending (?<month>January|February|March|April|May|June|July|August|September|October|November|December) (?<year>\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearEnding();
}
