using Priorities.RuleSets.Model;
using Priorities.Yaml;

namespace Priorities.RuleSets.Loading;

/// <summary>Reads a file's <c>aims:</c> framework: the outcomes its priorities serve.</summary>
internal static class AimReader
{
    private static readonly string[] Keys = ["id", "title", "description"];

    public static List<AimDefinition> ReadAll(YamlMap file)
    {
        var result = new List<AimDefinition>();
        foreach (var item in file.List("aims")?.Children ?? [])
        {
            var map = YamlMap.From(item, file.Source, file.Bag, "an aim");
            if (map is null) continue;
            map.AllowOnly(Keys);
            var id = map.String("id", required: true);
            var title = map.String("title", required: true);
            var description = map.String("description");
            if (!string.IsNullOrEmpty(id)) result.Add(new AimDefinition(id, title ?? id, description, map.Location));
        }
        return result;
    }
}
