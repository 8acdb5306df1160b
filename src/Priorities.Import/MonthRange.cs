using System.Globalization;
using Priorities.Assessments;

namespace Priorities.Import;

/// <summary>A run of whole months, both ends included, written <c>YYYY-MM..YYYY-MM</c> (or <c>YYYY-MM</c> for one month).</summary>
public readonly record struct MonthRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="start">The first month.</param>
    /// <param name="end">The last month, not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException">The end is before the start.</exception>
    public MonthRange(YearMonth start, YearMonth end)
    {
        if (end.Ordinal < start.Ordinal)
            throw new ArgumentException($"The range ends ({end}) before it starts ({start}).", nameof(end));
        Start = start;
        End = end;
    }

    /// <summary>The first month.</summary>
    public YearMonth Start { get; }

    /// <summary>The last month.</summary>
    public YearMonth End { get; }

    /// <summary>The number of months in the range.</summary>
    public int Length => End.Ordinal - Start.Ordinal + 1;

    /// <summary>Whether the range holds the month with this ordinal.</summary>
    internal bool Contains(int ordinal) => ordinal >= Start.Ordinal && ordinal <= End.Ordinal;

    /// <summary>Whether the two ranges share a month.</summary>
    internal bool Overlaps(MonthRange other) => Start.Ordinal <= other.End.Ordinal && other.Start.Ordinal <= End.Ordinal;

    /// <summary>
    /// How a previous window stands to this one (one of <c>TrendComparisons</c>): the same months a year earlier, the
    /// months just before, or another window.
    /// </summary>
    internal string ComparisonWith(MonthRange previous)
    {
        if (previous.Start.Ordinal == Start.Ordinal - 12 && previous.Length == Length) return TrendComparisons.YearOnYear;
        return previous.End.Ordinal == Start.Ordinal - 1 ? TrendComparisons.Consecutive : TrendComparisons.Other;
    }

    /// <summary>The ordinals of the months, in order.</summary>
    internal IEnumerable<int> Ordinals => Enumerable.Range(Start.Ordinal, Length);

    /// <summary>The same months <paramref name="years"/> years later (earlier when negative).</summary>
    /// <param name="years">The number of years.</param>
    /// <returns>The shifted range.</returns>
    public MonthRange AddYears(int years) => new(Start.AddMonths(12 * years), End.AddMonths(12 * years));

    /// <summary>Parses <c>YYYY-MM..YYYY-MM</c> or a single <c>YYYY-MM</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The range, when the text is valid.</param>
    /// <returns>Whether the text is a valid range.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out MonthRange value)
    {
        value = default;
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        var startText = dots < 0 ? text : text[..dots];
        var endText = dots < 0 ? text : text[(dots + 2)..];
        if (!YearMonth.TryParse(startText.Trim(), out var start) || !YearMonth.TryParse(endText.Trim(), out var end)) return false;
        if (end.Ordinal < start.Ordinal) return false;
        value = new MonthRange(start, end);
        return true;
    }

    /// <summary>Parses <c>YYYY-MM..YYYY-MM</c> or a single <c>YYYY-MM</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The range.</returns>
    /// <exception cref="FormatException">The text is not a valid range.</exception>
    public static MonthRange Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a month range (expected YYYY-MM..YYYY-MM, the end not before the start).");

    /// <summary>The range as <c>YYYY-MM..YYYY-MM</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start}..{End}");

    /// <summary>The range in words, such as <c>March 2022 to February 2023</c>.</summary>
    internal string ToLongText() => Length == 1 ? Start.ToLongText() : $"{Start.ToLongText()} to {End.ToLongText()}";
}
