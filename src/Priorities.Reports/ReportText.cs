using System.Globalization;
using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.Reports;

/// <summary>The plain-English wording and number formats that every report format shares.</summary>
internal static class ReportText
{
    public const string Language = "en-GB";

    public static string Number(double value) =>
        value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Number(double? value) => value is { } v ? Number(v) : "–";

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A dimension id as a heading word: <c>ability-to-influence</c> gives <c>Ability to influence</c>.</summary>
    public static string Dimension(string id)
    {
        var words = id.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? id : string.Concat(char.ToUpperInvariant(words[0]).ToString(), words[1..]);
    }

    public static string Status(string status) => status switch
    {
        PriorityStatus.New => "New",
        PriorityStatus.Continuing => "Continuing",
        PriorityStatus.Returning => "Returning",
        PriorityStatus.NotAssessed => "Not assessed: evidence missing",
        _ => Dimension(status),
    };

    /// <summary>A coverage (0–1) as a whole percentage, such as <c>82%</c>.</summary>
    public static string Coverage(double coverage) =>
        (coverage * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>The coverage of a score below 1, for a facts list: how much of the weight has evidence.</summary>
    public static string CoverageFact(double coverage) =>
        $"{Coverage(coverage)} of the scoring weight has evidence; the score is rescaled from those dimensions";

    public static string YesNo(bool value) => value ? "Yes" : "No";

    public static string ShortHash(string hash) => hash.Length <= 12 ? hash : hash[..12];

    public static string Period(AssessmentPeriod period)
    {
        var range = string.Equals(period.Start, period.End, StringComparison.Ordinal)
            ? period.Start
            : $"{period.Start} to {period.End}";
        return period.Label is { Length: > 0 } label ? $"{label} ({range})" : range;
    }

    public static string Date(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Community Safety Rolling Plan YYYY–YY", for the plan year after the assessment period.</summary>
    public static string DefaultTitle(PlanResult result) => "Community Safety Rolling Plan " + PlanYear(result.Period);

    /// <summary>
    /// The financial year (April to March) that starts after the assessment period ends, such as <c>2025–26</c> for a
    /// period ending in September 2024 or in March 2025: the year the plan is for.
    /// </summary>
    public static string PlanYear(AssessmentPeriod period)
    {
        var end = period.End;
        var year = int.Parse(end.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var month = end.Length >= 7 ? int.Parse(end.AsSpan(5, 2), CultureInfo.InvariantCulture) : 12;
        var start = month >= 4 ? year + 1 : year;
        return string.Create(CultureInfo.InvariantCulture, $"{start}\u2013{(start + 1) % 100:00}");
    }

    public static string Plural(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");

    /// <summary>What a caveat applies to, such as <c>robbery in Oxford</c>, or <c>the whole assessment</c>.</summary>
    public static string AppliesTo(DataQualityNote note) => (note.Category, note.Area) switch
    {
        ({ } category, { } area) => $"{category} in {area}",
        ({ } category, null) => category,
        (null, { } area) => area,
        _ => "the whole assessment",
    };
}
