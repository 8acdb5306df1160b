using System.Globalization;

namespace Priorities.Assessments;

/// <summary>Months written as <c>YYYY-MM</c>: reading them and their first and last days.</summary>
internal static class Months
{
    /// <summary>The first day of a month written <c>YYYY-MM</c> (month 01 to 12), or null when it is not one.</summary>
    public static DateOnly? FirstDay(string? text) =>
        text is { Length: 7 } && text[4] == '-'
        && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
        && year >= 1 && month is >= 1 and <= 12
            ? new DateOnly(year, month, 1)
            : null;

    /// <summary>The last day of a month written <c>YYYY-MM</c>, or null when it is not one.</summary>
    public static DateOnly? LastDay(string? text) => FirstDay(text)?.AddMonths(1).AddDays(-1);
}
