using System.Globalization;
using Priorities.Assessments;
using Priorities.Diagnostics;
using Priorities.Results;
using Priorities.Yaml;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// Reads a measure's <c>target: {value | changePct, by}</c> against its baseline: exactly one of <c>value</c> and
/// <c>changePct</c>, a period <c>by</c> after the baseline's, and a target on the better side of the baseline.
/// </summary>
internal static class MeasureTargetReader
{
    private static readonly string[] Keys = ["value", "changePct", "by"];

    public static MeasureTarget? Read(YamlMap measure, MeasurePoint? baseline, string? direction)
    {
        if (!measure.Has("target"))
        {
            measure.Bag.Error(RulesCodes.MeasureNoTarget, measure.Location,
                "The measure has no 'target': give { value: N, by: PERIOD } or { changePct: P, by: PERIOD }.");
            return null;
        }
        var map = measure.Map("target");
        if (map is null) return null;
        map.AllowOnly(Keys);
        if (map.Has("value") == map.Has("changePct"))
        {
            var which = map.Has("value") ? "both 'value' and 'changePct'" : "neither 'value' nor 'changePct'";
            map.Bag.Error(RulesCodes.MeasureTargetForm, map.Location,
                $"The target has {which}: give one, an absolute value or a change from the baseline in percent (-10 for a 10% fall).");
            return null;
        }
        var value = NumberReader.Number(map, "value");
        var change = NumberReader.Number(map, "changePct");
        if (change is not null && baseline is null)
        {
            map.Bag.Error(RulesCodes.MeasureNoBaseline, map.KeyLocation("changePct"),
                "The target is a change from the baseline, but the measure has no 'baseline': give the value it is "
                + "measured from and its period, such as { value: 450, period: 2022/23 }, or an absolute target 'value'.");
            return null;
        }
        var by = By(map, baseline);
        if (by is null || (value is null && change is null)) return null;
        if (change is <= -100)
        {
            map.Bag.Error(RulesCodes.MeasureTargetWrongWay, map.KeyLocation("changePct"),
                $"'changePct' is {Show(change.Value)}, but a fall of 100% or more leaves nothing to measure; "
                + "a change is greater than -100.");
            return null;
        }
        var resolved = value ?? Math.Round(baseline!.Value * (1 + (change!.Value / 100)), 6);
        return WrongWay(map, baseline, direction, resolved) ? null : new MeasureTarget(value, change, by, resolved);
    }

    private static string? By(YamlMap map, MeasurePoint? baseline)
    {
        if (!map.Has("by"))
        {
            map.Bag.Error(RulesCodes.MissingKey, map.Location,
                "Missing required key 'by': the period by which the target is to be met, such as 2025/26.");
            return null;
        }
        var by = MeasureReader.Period(map, "by");
        if (by is null || baseline is null) return by;
        if (MeasurePeriods.EndMonth(by) > MeasurePeriods.EndMonth(baseline.Period)) return by;
        map.Bag.Error(RulesCodes.MeasureTargetNotAfterBaseline, map.KeyLocation("by"),
            $"The target is due by {by}, which does not end after the baseline's period {baseline.Period}; "
            + "a target is met after its baseline.");
        return null;
    }

    private static bool WrongWay(YamlMap map, MeasurePoint? baseline, string? direction, double resolved)
    {
        if (baseline is null) return false;
        var wrong = direction switch
        {
            MeasureReader.Down => resolved > baseline.Value,
            MeasureReader.Up => resolved < baseline.Value,
            _ => false,
        };
        if (!wrong) return false;
        var key = map.Has("value") ? "value" : "changePct";
        var better = direction == MeasureReader.Down ? "at or below" : "at or above";
        map.Bag.Error(RulesCodes.MeasureTargetWrongWay, map.KeyLocation(key),
            $"The target comes to {Show(resolved)}, but the measure's direction is '{direction}', "
            + $"so its target must be {better} the baseline {Show(baseline.Value)}.");
        return true;
    }

    private static string Show(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
