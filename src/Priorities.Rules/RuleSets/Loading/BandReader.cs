using System.Globalization;
using Priorities.Diagnostics;
using Priorities.RuleSets.Model;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// Reads a dimension's bands, in either form: half-open ranges (<c>from</c>/<c>to</c>) or ascending <c>below</c>
/// thresholds ending in <c>else</c>. Gaps, overlaps, disorder and mixed forms are errors.
/// </summary>
internal static class BandReader
{
    private sealed record BandItem(YamlMap Map, bool Range, double? From, double? To, double? Below, bool IsElse, double? Score);

    public static List<Band> Read(YamlSequenceNode list, YamlMap dimension)
    {
        var items = new List<BandItem>();
        foreach (var node in list.Children)
            if (YamlMap.From(node, dimension.Source, dimension.Bag, "a band") is { } map && ReadItem(map) is { } item) items.Add(item);
        if (items.Count == 0) return [];
        if (items.Find(i => i.Range != items[0].Range) is { } mixed)
        {
            Error(mixed, RulesCodes.BandForms, "The bands mix 'from'/'to' with 'below'/'else'; use one form for all of a dimension's bands.");
            return [];
        }
        return items[0].Range ? Ranges(items) : Thresholds(items);
    }

    private static BandItem? ReadItem(YamlMap map)
    {
        map.AllowOnly("from", "to", "below", "else", "score");
        var range = map.Has("from") || map.Has("to");
        var threshold = map.Has("below") || map.Has("else");
        if (range == threshold)
        {
            var message = range ? "A band has both forms: use 'from'/'to' or 'below'/'else', not both." : "A band needs 'from'/'to' or 'below'/'else'.";
            map.Bag.Error(range ? RulesCodes.BandForms : RulesCodes.EmptyBand, map.Location, message);
            return null;
        }
        var isElse = map.Has("else");
        if (isElse && (map.Has("below") || map.Has("score")))
        {
            map.Bag.Error(RulesCodes.BandForms, map.Location, "An 'else' band gives its score as the value of 'else', with no 'below' or 'score'.");
            return null;
        }
        var score = NumberReader.Number(map, isElse ? "else" : "score");
        if (!isElse && !map.Has("score")) map.Bag.Error(RulesCodes.MissingKey, map.Location, "Missing required key 'score'.");
        var item = new BandItem(map, range, NumberReader.Number(map, "from"), NumberReader.Number(map, "to"), NumberReader.Number(map, "below"), isElse, score);
        return score is null ? null : item;
    }

    private static List<Band> Ranges(List<BandItem> items)
    {
        var sorted = items.OrderBy(i => i.From ?? double.NegativeInfinity).ToList();
        var bands = new List<Band>();
        foreach (var item in sorted)
        {
            if (item.From >= item.To)
                Error(item, RulesCodes.EmptyBand, $"The band from {Text(item.From)} to {Text(item.To)} holds no values; 'from' must be below 'to'.");
            if (bands.Count > 0) CheckAdjacent(bands[^1], item);
            bands.Add(new Band(item.From, item.To, item.Score!.Value, item.Map.Location));
        }
        return bands;
    }

    private static void CheckAdjacent(Band previous, BandItem next)
    {
        if (previous.To is null || next.From is null || previous.To > next.From)
            Error(next, RulesCodes.BandOverlap, $"This band overlaps the band at {previous.Location}: {Text(next.From)} is below {Text(previous.To)}.");
        else if (previous.To < next.From)
            Error(next, RulesCodes.BandGap, $"Gap between bands: raw values from {Text(previous.To)} to {Text(next.From)} fall in no band.");
    }

    private static List<Band> Thresholds(List<BandItem> items)
    {
        var bands = new List<Band>();
        double? previous = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.IsElse && i != items.Count - 1)
                Error(item, RulesCodes.BandElse, "The 'else' band must be the last band.");
            else if (!item.IsElse && i == items.Count - 1)
                Error(item, RulesCodes.BandElse, "'below' bands must end with an 'else' band for the values above the last threshold.");
            if (!item.IsElse && item.Below is { } below && previous >= below)
                Error(item, RulesCodes.BandOrder, $"'below' thresholds must ascend: {Text(below)} comes after {Text(previous)}.");
            bands.Add(new Band(previous, item.IsElse ? null : item.Below, item.Score!.Value, item.Map.Location));
            if (!item.IsElse && item.Below is not null) previous = item.Below;
        }
        return bands;
    }

    private static void Error(BandItem item, string code, string message) => item.Map.Bag.Error(code, item.Map.Location, message);

    private static string Text(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "(no end)";
}
