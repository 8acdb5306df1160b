using Priorities.Assessments;

namespace Priorities.Evaluation;

/// <summary>
/// What decides whether a fact compares like with like: the months its figure covers, the window its trend compares
/// against and how (<see cref="TrendComparisons"/>), its geography and the month it was measured in. Absent periods
/// are the assessment's; an absent geography is local.
/// </summary>
/// <param name="Kind">The fact type: <c>trend</c>, <c>volume</c>, <c>concern</c> or <c>harm</c>.</param>
/// <param name="Span">The months of the figure, when known.</param>
/// <param name="Previous">The months a trend compares against, when known.</param>
/// <param name="Comparison">How a trend's windows stand to each other, when known.</param>
/// <param name="Geography">One of <see cref="Geographies"/>.</param>
/// <param name="Measured">The ordinal of the last month the figure covers or was measured in, when known.</param>
/// <param name="Date">The date as the fact writes it (concern and harm), for sentences.</param>
internal sealed record Comparability(string Kind, MonthSpan? Span, MonthSpan? Previous, string? Comparison, string Geography,
    int? Measured, string? Date)
{
    /// <summary>The number of months of the figure; 12 when unknown, so that an unknown length is never scaled.</summary>
    public int Months => Span?.Months ?? 12;

    public static Comparability Of(TrendFact t, Assessment a)
    {
        var span = t.Period is null ? MonthSpan.Of(a.Period) : MonthSpan.Parse(t.Period);
        var previous = t.PreviousPeriod is null ? MonthSpan.Of(a.PreviousPeriod) : MonthSpan.Parse(t.PreviousPeriod);
        return new Comparability("trend", span, previous, t.Comparison ?? Compare(span, previous), GeographyOf(t.Geography),
            span?.End, null);
    }

    public static Comparability Of(VolumeFact v)
    {
        var span = MonthSpan.Parse(v.Period);
        return new Comparability("volume", span, null, null, GeographyOf(v.Geography), span?.End, null);
    }

    public static Comparability Of(ConcernFact c) =>
        new("concern", null, null, null, GeographyOf(c.Geography), MonthSpan.MonthOfDate(c.Date), c.Date);

    public static Comparability Of(HarmFact h) =>
        new("harm", null, null, null, Geographies.Local, MonthSpan.MonthOfDate(h.Date), h.Date);

    /// <summary>
    /// How a previous window stands to the current one: the same months a year earlier, the months just before, or
    /// another window; null when either is unknown.
    /// </summary>
    public static string? Compare(MonthSpan? current, MonthSpan? previous)
    {
        if (current is not { } now || previous is not { } then) return null;
        if (then.Start == now.Start - 12 && then.Months == now.Months) return TrendComparisons.YearOnYear;
        return then.End == now.Start - 1 ? TrendComparisons.Consecutive : TrendComparisons.Other;
    }

    /// <summary>The count scaled to a year (count × 12 / months).</summary>
    public double Annual(int count) => MonthSpan.Annualise(count, Months);

    /// <summary>
    /// The annual rate per 1,000 residents: a trend's own rate (its period's, as the importer wrote it) scaled to a
    /// year, else the annual count over the partnership's population when the partnership is one area and the figure
    /// is local; null when neither is known.
    /// </summary>
    public double? AnnualRate(int count, double? periodRate, Partnership partnership)
    {
        if (periodRate is { } rate) return MonthSpan.Annualise(rate, Months, 2);
        if (partnership.Population is not > 0 || partnership.Areas.Count > 1 || Geography != Geographies.Local) return null;
        return Math.Round(Annual(count) * 1000.0 / partnership.Population.Value, 2, MidpointRounding.AwayFromZero);
    }

    private static string GeographyOf(string? geography) =>
        string.IsNullOrWhiteSpace(geography) ? Geographies.Local : geography.Trim();
}
