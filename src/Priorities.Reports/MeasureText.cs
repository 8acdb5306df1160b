using Priorities.Results;

namespace Priorities.Reports;

/// <summary>The wording of measures, targets and their RAG ratings.</summary>
internal static class MeasureText
{
    public static string Point(MeasurePoint? point, string unit) =>
        point is null ? "no data" : $"{ReportText.Number(point.Value)}{Unit(unit)} ({point.Period})";

    /// <summary>The baseline; "none given" when the rule set sets an absolute target without one.</summary>
    public static string Baseline(MeasurePoint? baseline, string unit) =>
        baseline is null ? "none given" : Point(baseline, unit);

    public static string Target(MeasureTarget target, string unit)
    {
        var value = ReportText.Number(target.Resolved) + Unit(unit);
        return target.ChangePct is { } change && target.Value is null
            ? $"{value} ({(change > 0 ? "+" : string.Empty)}{ReportText.Number(change)}%) by {target.By}"
            : $"{value} by {target.By}";
    }

    public static string Status(string status) => status switch
    {
        MeasureStatus.Achieved => "Achieved",
        MeasureStatus.OnTrack => "On track",
        MeasureStatus.OffTrack => "Off track",
        MeasureStatus.Missed => "Missed",
        MeasureStatus.NoData => "No data",
        _ => ReportText.Dimension(status),
    };

    public static string Rag(string rag) => rag switch
    {
        MeasureStatus.Red => "Red",
        MeasureStatus.Amber => "Amber",
        MeasureStatus.Green => "Green",
        MeasureStatus.Grey => "Grey",
        _ => ReportText.Dimension(rag),
    };

    private static string Unit(string unit) => unit switch
    {
        "" => string.Empty,
        "%" => "%",
        _ => " " + unit,
    };
}
