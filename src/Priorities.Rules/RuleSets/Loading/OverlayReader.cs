using Priorities.Diagnostics;
using Priorities.RuleSets.Model;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.RuleSets.Loading;

/// <summary>Reads a file's <c>override:</c> and <c>remove:</c> lists: its changes to the rule set it extends.</summary>
internal static class OverlayReader
{
    private static readonly string[] OverrideKeys = ["id", "title", "theme", "covers", "aim", "description"];

    public static List<PriorityOverride> Overrides(YamlMap file)
    {
        var result = new List<PriorityOverride>();
        foreach (var item in file.List("override")?.Children ?? [])
        {
            var map = YamlMap.From(item, file.Source, file.Bag, "an override");
            if (map is null) continue;
            map.AllowOnly(OverrideKeys);
            var id = map.String("id", required: true);
            var covers = map.Has("covers") ? map.Strings("covers") : null;
            var change = new PriorityOverride(id ?? string.Empty, map.String("title"), map.String("theme"), covers,
                map.String("aim"), map.String("description"), map.Location);
            if (!string.IsNullOrEmpty(id)) result.Add(change);
        }
        return result;
    }

    public static List<PriorityRemoval> Removals(YamlMap file)
    {
        var node = file.Get("remove");
        var items = node switch
        {
            YamlScalarNode scalar => [scalar],
            YamlSequenceNode list => list.Children,
            _ => (IEnumerable<YamlNode>)[],
        };
        if (node is YamlMappingNode)
            file.Bag.Error(RulesCodes.WrongType, file.Source.LocationOf(node), "'remove' must be a priority id or a list of them.");
        var result = new List<PriorityRemoval>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } id }) result.Add(new PriorityRemoval(id, file.Source.LocationOf(item)));
            else file.Bag.Error(RulesCodes.WrongType, file.Source.LocationOf(item), "Each item of 'remove' must be a priority id.");
        }
        return result;
    }
}
