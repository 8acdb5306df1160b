using Priorities.RuleSets.Model;
using Priorities.Yaml;

namespace Priorities.RuleSets.Loading;

/// <summary>Reads a file's <c>priorities:</c> catalogue.</summary>
internal static class PriorityReader
{
    private static readonly string[] Keys = ["id", "title", "theme", "covers", "legalBasis", "description", "aim", .. CatalogueReader.Keys];

    public static List<PriorityDefinition> ReadAll(YamlMap file)
    {
        var result = new List<PriorityDefinition>();
        foreach (var item in file.List("priorities")?.Children ?? [])
        {
            var map = YamlMap.From(item, file.Source, file.Bag, "a priority");
            if (map is not null && Read(map) is { } priority) result.Add(priority);
        }
        return result;
    }

    private static PriorityDefinition? Read(YamlMap map)
    {
        map.AllowOnly(Keys);
        var id = map.String("id", required: true);
        var title = map.String("title", required: true);
        var theme = map.String("theme") ?? string.Empty;
        var covers = map.Strings("covers");
        var legalBasis = map.String("legalBasis");
        var description = map.String("description");
        var catalogue = CatalogueReader.Read(map, id);
        if (string.IsNullOrEmpty(id)) return null;
        return new PriorityDefinition(id, title ?? id, theme, covers, legalBasis, description, map.Location, catalogue)
        {
            Aim = map.String("aim"),
        };
    }
}
