using System.Globalization;

namespace Priorities.Import;

/// <summary>A calendar month, written <c>YYYY-MM</c>.</summary>
public readonly record struct YearMonth
{
    private const int MinYear = 1000;
    private const int MaxYear = 9999;

    /// <summary>Creates a month.</summary>
    /// <param name="year">The year, 1000 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month of the year, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>Months since year 0, for arithmetic and ordering.</summary>
    internal int Ordinal => (Year * 12) + Month - 1;

    /// <summary>The month <paramref name="months"/> later (or earlier, when negative).</summary>
    /// <param name="months">The number of months to add.</param>
    /// <returns>The new month.</returns>
    public YearMonth AddMonths(int months) => FromOrdinal(Ordinal + months);

    /// <summary>Parses <c>YYYY-MM</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The month, when the text is valid.</param>
    /// <returns>Whether the text is a valid month.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out YearMonth value)
    {
        value = default;
        if (text.Length != 7 || text[4] != '-') return false;
        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (!int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)) return false;
        if (year < MinYear || month is < 1 or > 12) return false;
        value = new YearMonth(year, month);
        return true;
    }

    /// <summary>Parses <c>YYYY-MM</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The month.</returns>
    /// <exception cref="FormatException">The text is not a valid month.</exception>
    public static YearMonth Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a month (expected YYYY-MM).");

    /// <summary>Parses a month from UTF-8 bytes, the form the CSV reader gives; returns its ordinal or -1.</summary>
    internal static int ParseOrdinal(ReadOnlySpan<byte> text)
    {
        if (text.Length != 7 || text[4] != (byte)'-') return -1;
        var year = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9) return -1;
            year = (year * 10) + digit;
        }
        var tens = text[5] - '0';
        var units = text[6] - '0';
        if ((uint)tens > 1 || (uint)units > 9) return -1;
        var month = (tens * 10) + units;
        return year < MinYear || month is < 1 or > 12 ? -1 : (year * 12) + month - 1;
    }

    /// <summary>The month with the given ordinal.</summary>
    internal static YearMonth FromOrdinal(int ordinal) => new(ordinal / 12, (ordinal % 12) + 1);

    /// <summary>The month as <c>YYYY-MM</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>The month as <c>MMMM yyyy</c> in English, such as <c>June 2025</c>.</summary>
    internal string ToLongText() =>
        new DateOnly(Year, Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

}
