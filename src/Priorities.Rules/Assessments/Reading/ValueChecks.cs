using Priorities.Diagnostics;

namespace Priorities.Assessments.Reading;

/// <summary>
/// Errors for values that read but cannot be true: negative counts, concern shares outside 0 to 1, and trends whose
/// <c>change</c> or <c>changePct</c> contradicts their counts.
/// </summary>
internal static class ValueChecks
{
    /// <summary>How far a written <c>changePct</c> may be from the exact one: rounding to one decimal place.</summary>
    public const double PercentTolerance = 0.05 + 1e-9;

    public static void Check(DocObject root, DiagnosticBag bag)
    {
        foreach (var (trend, i) in DocPaths.Items(root, "trends"))
        {
            Trend(trend, $"trends[{i}]", bag);
            foreach (var (point, j) in DocPaths.Items(trend, "series"))
                NotNegative(point, "count", $"trends[{i}].series[{j}]", bag);
        }
        foreach (var (volume, i) in DocPaths.Items(root, "volumes"))
            NotNegative(volume, "count", $"volumes[{i}]", bag);
        foreach (var (note, i) in DocPaths.Items(root, "dataQuality"))
            NotNegative(note, "count", $"dataQuality[{i}]", bag);
        foreach (var (concern, i) in DocPaths.Items(root, "concern"))
            if (DocPaths.Number(concern, "share") is { } share && share.Value is < 0 or > 1)
                bag.Error(RulesCodes.AssessmentShareOutOfRange, share.Scalar.Location,
                    $"'concern[{i}].share' is {DocPaths.Show(share.Value)}, but a share is between 0 and 1 (write 35% as 0.35).");
    }

    private static void Trend(DocObject trend, string path, DiagnosticBag bag)
    {
        var count = NotNegative(trend, "count", path, bag);
        var previous = NotNegative(trend, "previousCount", path, bag);
        if (count is null || previous is null) return;
        if (DocPaths.Number(trend, "change") is { } change && change.Value != count - previous)
            bag.Error(RulesCodes.AssessmentChangeMismatch, change.Scalar.Location,
                $"'{path}.change' is {DocPaths.Show(change.Value)}, but count - previousCount is "
                + $"{DocPaths.Show(count.Value)} - {DocPaths.Show(previous.Value)} = "
                + $"{DocPaths.Show(count.Value - previous.Value)}.");
        if (DocPaths.Number(trend, "changePct") is not { } pct) return;
        if (previous == 0)
            bag.Error(RulesCodes.AssessmentChangePctMismatch, pct.Scalar.Location,
                $"'{path}.changePct' is {DocPaths.Show(pct.Value)}, but previousCount is 0, so there is no "
                + "percentage change; leave it out.");
        else if (Math.Abs(pct.Value - Exact(count.Value, previous.Value)) > PercentTolerance)
            bag.Error(RulesCodes.AssessmentChangePctMismatch, pct.Scalar.Location,
                $"'{path}.changePct' is {DocPaths.Show(pct.Value)}, but {DocPaths.Show(previous.Value)} to "
                + $"{DocPaths.Show(count.Value)} "
                + $"is a change of {DocPaths.Percent(Exact(count.Value, previous.Value))}%; write it to one decimal place.");
    }

    /// <summary>The exact percentage change from <paramref name="previous"/> (not 0) to <paramref name="count"/>.</summary>
    public static double Exact(double count, double previous) => (count - previous) / previous * 100;

    /// <summary>The count under <paramref name="key"/>; an error, and null, when it is negative.</summary>
    private static double? NotNegative(DocObject parent, string key, string path, DiagnosticBag bag)
    {
        if (DocPaths.Number(parent, key) is not { } count) return null;
        if (count.Value >= 0) return count.Value;
        bag.Error(RulesCodes.AssessmentNegativeCount, count.Scalar.Location,
            $"'{path}.{key}' is {DocPaths.Show(count.Value)}, but a count cannot be negative.");
        return null;
    }
}
