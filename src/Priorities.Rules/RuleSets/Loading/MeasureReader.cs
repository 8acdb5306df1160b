using Priorities.Assessments;
using Priorities.Diagnostics;
using Priorities.Results;
using Priorities.RuleSets.Model;
using Priorities.Yaml;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// Reads a measure <c>{id, title, unit, direction, baseline: {value, period}, target: {value | changePct, by}}</c>,
/// reporting every mistake at its place; null when it cannot be used. The baseline may be left out for an absolute
/// target (a seed document that gives a target and no baseline); a <c>changePct</c> target needs one.
/// </summary>
internal static class MeasureReader
{
    public const string Down = "down";
    public const string Up = "up";

    private static readonly string[] Keys = ["id", "title", "unit", "direction", "baseline", "target"];
    private static readonly string[] BaselineKeys = ["value", "period"];

    public static MeasureDefinition? Read(YamlMap map, string priority)
    {
        map.AllowOnly(Keys);
        var id = Id(map);
        var title = map.String("title", required: true);
        var unit = map.String("unit", required: true);
        var direction = Direction(map);
        var hasBaseline = map.Has("baseline");
        var baseline = hasBaseline ? Baseline(map) : null;
        var target = hasBaseline && baseline is null ? null : MeasureTargetReader.Read(map, baseline, direction);
        if (id is null || title is null || unit is null || direction is null || target is null) return null;
        var at = map.Source.LocationOf(map.Get("id")!);
        return new MeasureDefinition(id, title, unit, direction, baseline, target, priority, map.Location, at);
    }

    private static string? Id(YamlMap map)
    {
        var scalar = map.Scalar("id", required: true);
        if (scalar?.Value is not { } id) return null;
        if (id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.')) return id;
        map.Bag.Error(RulesCodes.MeasureBadId, map.Source.LocationOf(scalar),
            $"The measure id '{id}' may hold only letters, digits, '-' and '.', such as 'asb-incidents'.");
        return null;
    }

    private static string? Direction(YamlMap map)
    {
        if (!map.Has("direction"))
        {
            map.Bag.Error(RulesCodes.MeasureDirection, map.Location,
                "Missing 'direction': 'down' when lower is better, 'up' when higher is better.");
            return null;
        }
        var scalar = map.Scalar("direction");
        if (scalar?.Value is Down or Up) return scalar.Value;
        if (scalar is not null)
            map.Bag.Error(RulesCodes.MeasureDirection, map.Source.LocationOf(scalar),
                $"'direction' must be 'down' (lower is better) or 'up' (higher is better), not '{scalar.Value}'."
                + Hints.DidYouMean(scalar.Value ?? string.Empty, [Down, Up]));
        return null;
    }

    private static MeasurePoint? Baseline(YamlMap map)
    {
        var baseline = map.Map("baseline");
        if (baseline is null) return null;
        baseline.AllowOnly(BaselineKeys);
        foreach (var key in BaselineKeys.Where(k => !baseline.Has(k)))
            map.Bag.Error(RulesCodes.MeasureNoBaseline, baseline.Location,
                $"The baseline has no '{key}': it needs a value and the period it is for.");
        var value = NumberReader.Number(baseline, "value");
        var period = Period(baseline, "period");
        return value is null || period is null ? null : new MeasurePoint(value.Value, period);
    }

    /// <summary>The period under <paramref name="key"/>; an error and null when it is not one of the period forms.</summary>
    public static string? Period(YamlMap map, string key)
    {
        var scalar = map.Scalar(key);
        if (scalar?.Value is not { } text) return null;
        if (MeasurePeriods.EndMonth(text) is not null) return text;
        var hint = MeasurePeriods.LooksLikeFinancialYear(text)
            ? $" Did you mean '{MeasurePeriods.FinancialYear(MeasurePeriods.Year(text))}'? The YY of YYYY/YY is the next year."
            : string.Empty;
        map.Bag.Error(RulesCodes.MeasurePeriod, map.Source.LocationOf(scalar), $"'{key}' '{text}' is not {MeasurePeriods.Forms}.{hint}");
        return null;
    }
}
