using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Yaml;

namespace Priorities.Assessments.Reading;

/// <summary>
/// Errors for comparisons whose figures cannot be true: a negative rate, a ratio that is not the rate over the
/// national rate, a percentile outside 0–100, a neighbour rank outside its group; and a warning for a second
/// comparison of one category and area.
/// </summary>
internal static class ComparisonChecks
{
    /// <summary>How far a written ratio may be from the exact one: rounding to one decimal place.</summary>
    public const double RatioTolerance = 0.05 + 1e-9;

    public static void Check(DocObject root, DiagnosticBag bag)
    {
        var first = new Dictionary<(string, string), SourceLocation>();
        foreach (var (item, i) in DocPaths.Items(root, "comparisons"))
        {
            var path = $"comparisons[{i}]";
            Rates(item, path, bag);
            Percentile(item, path, bag);
            Neighbours(item, path, bag);
            if (DocPaths.Scalar(item, "category") is not { } category) continue;
            var area = DocPaths.Scalar(item, "area")?.Text ?? string.Empty;
            if (first.TryGetValue((category.Text, area), out var earlier))
                bag.Warning(RulesCodes.ComparisonDuplicate, item.Location,
                    $"A second comparison for '{category.Text}'{(area.Length > 0 ? $" in '{area}'" : string.Empty)} (the first is at {earlier}); rules will see both.");
            else first.Add((category.Text, area), item.Location);
        }
    }

    private static void Rates(DocObject item, string path, DiagnosticBag bag)
    {
        var rate = DocPaths.Number(item, "rate");
        var national = DocPaths.Number(item, "nationalRate");
        var ratio = DocPaths.Number(item, "ratio");
        foreach (var (key, value) in new[] { ("rate", rate), ("ratio", ratio) })
            if (value is { Value: < 0 } negative)
                bag.Error(RulesCodes.ComparisonNegativeRate, negative.Scalar.Location,
                    $"'{path}.{key}' is {DocPaths.Show(negative.Value)}, but a rate cannot be negative.");
        if (national is { Value: <= 0 } zero)
            bag.Error(RulesCodes.ComparisonNegativeRate, zero.Scalar.Location,
                $"'{path}.nationalRate' is {DocPaths.Show(zero.Value)}, but the England and Wales rate is above 0.");
        if (rate is not { Value: >= 0 } r || national is not { Value: > 0 } n || ratio is not { Value: >= 0 } q) return;
        var exact = r.Value / n.Value;
        if (Math.Abs(q.Value - exact) > RatioTolerance)
            bag.Error(RulesCodes.ComparisonRatioMismatch, q.Scalar.Location,
                $"'{path}.ratio' is {DocPaths.Show(q.Value)}, but rate / nationalRate is {DocPaths.Show(r.Value)} / "
                + $"{DocPaths.Show(n.Value)} = {DocPaths.Show(exact)}.");
    }

    private static void Percentile(DocObject item, string path, DiagnosticBag bag)
    {
        if (DocPaths.Number(item, "percentile") is { Value: < 0 or > 100 } p)
            bag.Error(RulesCodes.ComparisonPercentileRange, p.Scalar.Location,
                $"'{path}.percentile' is {DocPaths.Show(p.Value)}, but a percentile is between 0 and 100.");
    }

    private static void Neighbours(DocObject item, string path, DiagnosticBag bag)
    {
        var rank = DocPaths.Number(item, "neighbourRank");
        var count = DocPaths.Number(item, "neighbourCount");
        if (count is { Value: < 0 } negative)
            bag.Error(RulesCodes.ComparisonNeighbourRank, negative.Scalar.Location,
                $"'{path}.neighbourCount' is {DocPaths.Show(negative.Value)}, but a count cannot be negative.");
        if (rank is not { } r) return;
        if (count is null)
            bag.Error(RulesCodes.ComparisonNeighbourRank, r.Scalar.Location,
                $"'{path}.neighbourRank' needs 'neighbourCount', the number of nearest areas it is ranked among.");
        else if (r.Value < 1 || r.Value > count.Value.Value + 1)
            bag.Error(RulesCodes.ComparisonNeighbourRank, r.Scalar.Location,
                $"'{path}.neighbourRank' is {DocPaths.Show(r.Value)}, but ranked with {DocPaths.Show(count.Value.Value)} "
                + $"nearest areas it is from 1 (the highest rate) to {DocPaths.Show(count.Value.Value + 1)}.");
    }
}
