using Priorities.Diagnostics;
using Priorities.RuleSets.Model;
using Priorities.Yaml;

namespace Priorities.RuleSets.Loading;

/// <summary>Reads a file's <c>rules:</c>: id, description, salience, tags, <c>when</c> and <c>then</c>.</summary>
internal static class RuleReader
{
    private static readonly string[] Keys = ["id", "description", "salience", "tags", "when", "then"];

    /// <summary>
    /// The rules with an id; those whose <c>when</c> is missing or has an error are also added to
    /// <paramref name="unsound"/> (their patterns are incomplete, so their expressions cannot be checked).
    /// </summary>
    public static List<RuleSpec> ReadAll(YamlMap file, ISet<object> unsound)
    {
        var result = new List<RuleSpec>();
        foreach (var item in file.List("rules")?.Children ?? [])
        {
            var map = YamlMap.From(item, file.Source, file.Bag, "a rule");
            if (map is null || Read(map) is not ({ } rule, var sound)) continue;
            result.Add(rule);
            if (!sound) unsound.Add(rule);
        }
        return result;
    }

    private static (RuleSpec? Rule, bool Sound) Read(YamlMap map)
    {
        map.AllowOnly(Keys);
        var id = map.String("id", required: true);
        var salience = NumberReader.Int(map, "salience") ?? 0;
        var before = map.Bag.Items.Count;
        var when = When(map);
        var sound = when.Count > 0 && map.Bag.Items.Count == before;
        var then = ThenReader.Read(map, when);
        if (string.IsNullOrEmpty(id)) return (null, false);
        return (new RuleSpec(id, map.String("description"), salience, map.Strings("tags"), when, then, map.Location), sound);
    }

    private static List<PatternSpec> When(YamlMap map)
    {
        var list = map.List("when");
        if (list is null || list.Children.Count == 0)
        {
            if (list is not null || !map.Has("when"))
                map.Bag.Error(RulesCodes.EmptyWhen, list is null ? map.Location : map.Source.LocationOf(list), "A rule needs at least one 'when' pattern.");
            return [];
        }
        var patterns = new List<PatternSpec>();
        foreach (var item in list.Children)
        {
            var pattern = YamlMap.From(item, map.Source, map.Bag, "a 'when' pattern");
            if (pattern is not null && PatternReader.Read(pattern) is { } spec) patterns.Add(spec);
        }
        return patterns;
    }
}
