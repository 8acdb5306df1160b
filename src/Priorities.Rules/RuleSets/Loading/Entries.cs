using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.RuleSets.Loading;

/// <summary>The key/value pairs of an optional mapping.</summary>
internal static class Entries
{
    public static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Of(YamlMap? map) =>
        map is null ? [] : map.Node.Children;
}
