using System.Globalization;
using Priorities.Assessments;

namespace Priorities.Evaluation;

/// <summary>
/// A run of whole months as the assessment writes it (<c>YYYY-MM..YYYY-MM</c> or one <c>YYYY-MM</c>), counted as
/// month ordinals (year × 12 + month − 1) so that lengths and distances are plain subtraction.
/// </summary>
/// <param name="Start">The ordinal of the first month.</param>
/// <param name="End">The ordinal of the last month, not before the first.</param>
internal readonly record struct MonthSpan(int Start, int End)
{
    /// <summary>The number of months, both ends included.</summary>
    public int Months => End - Start + 1;

    /// <summary>The span as <c>YYYY-MM..YYYY-MM</c>.</summary>
    public override string ToString() => $"{Text(Start)}..{Text(End)}";

    /// <summary>The assessment period's span, or null when its months do not read.</summary>
    public static MonthSpan? Of(AssessmentPeriod? period) =>
        period is not null && TryMonth(period.Start, out var start) && TryMonth(period.End, out var end) && end >= start
            ? new MonthSpan(start, end) : null;

    /// <summary>Parses <c>YYYY-MM..YYYY-MM</c> or <c>YYYY-MM</c>; null when the text is absent or not such a span.</summary>
    public static MonthSpan? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || !TryMonth(parts[0], out var start) || !TryMonth(parts[^1], out var end) || end < start) return null;
        return new MonthSpan(start, end);
    }

    /// <summary>
    /// The last month a date (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>) falls in, as an ordinal: December for a
    /// bare year, so that evidence is never called older than it may be. Null when it does not read.
    /// </summary>
    public static int? MonthOfDate(string? date)
    {
        if (string.IsNullOrWhiteSpace(date)) return null;
        var text = date.Trim();
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return (year * 12) + 11;
        if (text.Length >= 7 && TryMonth(text[..7], out var month) && (text.Length == 7 || text[7] == '-')) return month;
        return null;
    }

    /// <summary>
    /// A count over <paramref name="months"/> months scaled to twelve (count × 12 / months), to one decimal place; the
    /// count itself for a year or when the length is unknown (not positive).
    /// </summary>
    public static double Annualise(double count, int months, int digits = 1) =>
        months <= 0 || months == 12 ? count : Math.Round(count * 12.0 / months, digits, MidpointRounding.AwayFromZero);

    private static bool TryMonth(string text, out int ordinal)
    {
        ordinal = 0;
        if (text.Length != 7 || text[4] != '-') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (!int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12) return false;
        ordinal = (year * 12) + month - 1;
        return true;
    }

    private static string Text(int ordinal) =>
        string.Create(CultureInfo.InvariantCulture, $"{ordinal / 12:D4}-{(ordinal % 12) + 1:D2}");
}
