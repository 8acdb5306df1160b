using Priorities.Results;

namespace Priorities.Evaluation;

/// <summary>
/// The plain sentence a board reads about a measure, e.g. "Off track: 412 in 2024/25 against a target of 380 by
/// 2025/26 (baseline 450 in 2022/23)".
/// </summary>
internal static class MeasureSummary
{
    public static string Write(string status, MeasurePoint? baseline, MeasureTarget target, MeasurePoint? actual)
    {
        var change = target.ChangePct is { } pct ? $" ({Signed(pct)}% on the baseline)" : string.Empty;
        var goal = $"a target of {PlanText.Number(target.Resolved)}{change} by {target.By}"
            + (baseline is null ? string.Empty : $" (baseline {PlanText.Number(baseline.Value)} in {baseline.Period})");
        var value = actual is null ? "no actual" : $"{PlanText.Number(actual.Value)} in {actual.Period}";
        return $"{Label(status, actual is not null)}: {value} against {goal}";
    }

    private static string Label(string status, bool hasActual) => status switch
    {
        MeasureStatus.Achieved => "Achieved",
        MeasureStatus.OnTrack => "On track",
        MeasureStatus.OffTrack => "Off track",
        MeasureStatus.Missed => "Missed",
        _ => hasActual ? "Not rated" : "No data",
    };

    private static string Signed(double pct) => pct > 0 ? "+" + PlanText.Number(pct) : PlanText.Number(pct);
}
