using System.Text.RegularExpressions;
using Priorities.Diagnostics;

namespace Priorities.Assessments.Reading;

/// <summary>
/// Errors for months and periods that cannot be: a month that is not <c>YYYY-MM</c> with a month from 01 to 12, a
/// period that ends before it starts, and a previous period that does not end before the current one starts.
/// </summary>
internal static partial class PeriodChecks
{
    public static void Check(DocObject root, DiagnosticBag bag)
    {
        var current = Period(root, "period", bag);
        var previous = Period(root, "previousPeriod", bag);
        if (current is { } now && previous is { } before && before.End >= now.Start)
            bag.Error(RulesCodes.AssessmentPreviousPeriodNotBefore, root.Get("previousPeriod")!.Location,
                $"'previousPeriod' ends in {Month(before.End)}, which is not before 'period' starts ({Month(now.Start)}); "
                + "the trends compare against an earlier period.");
        foreach (var (trend, i) in DocPaths.Items(root, "trends"))
            foreach (var (point, j) in DocPaths.Items(trend, "series"))
                MonthOf(point, "period", $"trends[{i}].series[{j}].period", bag);
        foreach (var (note, i) in DocPaths.Items(root, "dataQuality"))
            MonthOf(note, "from", $"dataQuality[{i}].from", bag);
        foreach (var (volume, i) in DocPaths.Items(root, "volumes"))
            VolumePeriod(volume, $"volumes[{i}].period", bag);
    }

    private static (DateOnly Start, DateOnly End)? Period(DocObject root, string key, DiagnosticBag bag)
    {
        if (root.Get(key) is not DocObject period) return null;
        var start = MonthOf(period, "start", $"{key}.start", bag);
        var end = MonthOf(period, "end", $"{key}.end", bag);
        if (start is null || end is null) return null;
        if (end >= start) return (start.Value, end.Value);
        bag.Error(RulesCodes.AssessmentPeriodReversed, period.Location,
            $"'{key}' ends ({Month(end.Value)}) before it starts ({Month(start.Value)}).");
        return null;
    }

    /// <summary>
    /// The first day of the month under <paramref name="key"/>; an error when it is written as text but is no month
    /// (a number there is already a wrong type).
    /// </summary>
    private static DateOnly? MonthOf(DocObject parent, string key, string path, DiagnosticBag bag)
    {
        if (DocPaths.Scalar(parent, key) is not { Kind: ScalarKind.Text or ScalarKind.Plain } scalar) return null;
        var month = Months.FirstDay(scalar.Text.Trim());
        if (month is null) bag.Error(RulesCodes.AssessmentBadMonth, scalar.Location, NotAMonth(path, scalar.Text));
        return month;
    }

    /// <summary>A volume's months, when written as <c>YYYY-MM..YYYY-MM</c> (other labels are left as they are).</summary>
    private static void VolumePeriod(DocObject volume, string path, DiagnosticBag bag)
    {
        if (DocPaths.Scalar(volume, "period") is not { } scalar || !MonthRange().IsMatch(scalar.Text)) return;
        var ends = scalar.Text.Split("..");
        var first = Months.FirstDay(ends[0]);
        var last = Months.FirstDay(ends[^1]);
        if (first is null || last is null)
            bag.Error(RulesCodes.AssessmentBadMonth, scalar.Location, NotAMonth(path, first is null ? ends[0] : ends[^1]));
        else if (last < first)
            bag.Error(RulesCodes.AssessmentPeriodReversed, scalar.Location,
                $"'{path}' ends ({ends[^1]}) before it starts ({ends[0]}).");
    }

    private static string NotAMonth(string path, string text) =>
        $"'{path}' is '{text}', which is not a month: write YYYY-MM with a month from 01 to 12.";

    private static string Month(DateOnly day) => $"{day.Year:0000}-{day.Month:00}";

    [GeneratedRegex(@"^\d{4}-\d{2}(\.\.\d{4}-\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthRange();
}
