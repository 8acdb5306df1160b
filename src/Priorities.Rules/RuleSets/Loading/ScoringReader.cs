using Priorities.Diagnostics;
using Priorities.RuleSets.Model;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.RuleSets.Loading;

/// <summary>Reads a file's <c>scoring:</c> model: method, dimensions, selection and tie-break.</summary>
internal static class ScoringReader
{
    private static readonly Dictionary<string, ScoringMethod> Methods = new(StringComparer.Ordinal)
    {
        ["weighted-sum"] = ScoringMethod.WeightedSum,
        ["product"] = ScoringMethod.Product,
        ["max"] = ScoringMethod.Max,
    };

    public static ScoringModel? Read(YamlMap file)
    {
        var map = file.Map("scoring");
        if (map is null) return null;
        map.AllowOnly("method", "dimensions", "select", "tieBreak");
        var method = Method(map);
        var dimensions = new List<DimensionDefinition>();
        var dimensionMap = map.Map("dimensions", required: true);
        foreach (var (key, value) in Entries.Of(dimensionMap))
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } id }) continue;
            var dimension = YamlMap.From(value, map.Source, map.Bag, $"dimension '{id}'");
            if (dimension is not null) dimensions.Add(DimensionReader.Read(id, dimension, map.Source.LocationOf(key)));
        }
        var tieBreak = TieBreak(map, dimensions);
        return new ScoringModel(method, dimensions, Selection(map), tieBreak, file.KeyLocation("scoring"));
    }

    private static ScoringMethod Method(YamlMap map)
    {
        var node = map.Scalar("method");
        if (node?.Value is not { } name) return ScoringMethod.WeightedSum;
        if (Methods.TryGetValue(name, out var method)) return method;
        var hint = Suggestions.Nearest(name, Methods.Keys) is { } near ? $" Did you mean '{near}'?" : string.Empty;
        map.Bag.Error(RulesCodes.UnknownMethod, map.Source.LocationOf(node), $"Unknown scoring method '{name}'; use weighted-sum, product or max.{hint}");
        return ScoringMethod.WeightedSum;
    }

    private static SelectionPolicy Selection(YamlMap map)
    {
        var select = map.Map("select");
        if (select is null) return new SelectionPolicy(null, null);
        select.AllowOnly("top", "minScore", "minCoverage");
        var top = NumberReader.Int(select, "top");
        if (top < 1)
            select.Bag.Error(RulesCodes.TopTooSmall, select.Source.LocationOf(select.Get("top")!), $"'top' must be at least 1, not {top}.");
        var coverage = NumberReader.Number(select, "minCoverage");
        if (coverage is < 0 or > 1)
            select.Bag.Error(RulesCodes.MinCoverageRange, select.Source.LocationOf(select.Get("minCoverage")!),
                $"'minCoverage' must be from 0 to 1, not {coverage}.");
        return new SelectionPolicy(top, NumberReader.Number(select, "minScore"), coverage ?? SelectionPolicy.DefaultMinCoverage);
    }

    private static List<string> TieBreak(YamlMap map, List<DimensionDefinition> dimensions)
    {
        var result = new List<string>();
        var ids = dimensions.Select(d => d.Id).ToArray();
        foreach (var item in map.List("tieBreak")?.Children ?? [])
        {
            if (item is not YamlScalarNode { Value: { } id })
            {
                map.Bag.Error(RulesCodes.WrongType, map.Source.LocationOf(item), "Each item of 'tieBreak' must be a dimension id.");
                continue;
            }
            if (ids.Contains(id, StringComparer.Ordinal)) result.Add(id);
            else map.Bag.Error(RulesCodes.UnknownTieBreak, map.Source.LocationOf(item), $"'tieBreak' names '{id}', which is not a dimension.{Hints.DidYouMean(id, ids)}");
        }
        return result;
    }
}
