using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Model;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.RuleSets.Loading;

/// <summary>Reads one scoring dimension: weight, combine, missing, evidence, and its bands or lookup table.</summary>
internal static class DimensionReader
{
    public static DimensionDefinition Read(string id, YamlMap map, SourceLocation location)
    {
        map.AllowOnly("weight", "description", "combine", "missing", "evidence", "bands", "lookup");
        var weight = NumberReader.Number(map, "weight") ?? 1;
        var missing = Missing(map);
        if (map.Has("bands") && map.Has("lookup"))
            map.Bag.Error(RulesCodes.BandsAndLookup, map.KeyLocation("lookup"), $"Dimension '{id}' has both 'bands' and 'lookup'; keep one.");
        var bands = map.List("bands") is { } list ? BandReader.Read(list, map) : [];
        var lookup = map.Has("lookup") ? Lookup(map) : [];
        return new DimensionDefinition(
            id, weight, map.String("description"), Combine(map), missing, bands, lookup, location, map.String("evidence"));
    }

    /// <summary>The score of no raw value: a number, or null for <c>unknown</c> (also when the key is absent).</summary>
    private static double? Missing(YamlMap map) =>
        map.Scalar("missing") is { Value: "unknown" } ? null : NumberReader.Number(map, "missing");

    private static CombineMode Combine(YamlMap map)
    {
        var node = map.Scalar("combine");
        switch (node?.Value)
        {
            case null or "max": return CombineMode.Max;
            case "sum": return CombineMode.Sum;
            case var name:
                map.Bag.Error(RulesCodes.UnknownCombine, map.Source.LocationOf(node), $"Unknown combine '{name}'; use max or sum.{Hints.DidYouMean(name, ["max", "sum"])}");
                return CombineMode.Max;
        }
    }

    private static List<LookupEntry> Lookup(YamlMap map)
    {
        var result = new List<LookupEntry>();
        var table = map.Map("lookup");
        foreach (var (key, value) in Entries.Of(table))
        {
            var raw = key is YamlScalarNode k ? NumberReader.Parse(k.Value) : null;
            var score = value is YamlScalarNode v ? NumberReader.Parse(v.Value) : null;
            if (raw is null) map.Bag.Error(RulesCodes.NotANumber, map.Source.LocationOf(key), $"A lookup key must be a number, not {NumberReader.Describe(key)}.");
            if (score is null) map.Bag.Error(RulesCodes.NotANumber, map.Source.LocationOf(value), $"A lookup score must be a number, not {NumberReader.Describe(value)}.");
            if (raw is null || score is null) continue;
            if (result.Find(e => e.Raw.Equals(raw.Value)) is { } first)
                map.Bag.Error(RulesCodes.DuplicateLookup, map.Source.LocationOf(key), $"The lookup key {raw.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} appears twice (first at {first.Location}).");
            else result.Add(new LookupEntry(raw.Value, score.Value, map.Source.LocationOf(key)));
        }
        return result;
    }
}
