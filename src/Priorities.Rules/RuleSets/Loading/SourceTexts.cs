using Priorities.RuleSets.Model;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.RuleSets.Loading;

/// <summary>Makes <see cref="SourceText"/>s of scalars, mapping offsets in the value back to the file exactly.</summary>
internal static class SourceTexts
{
    public static SourceText From(YamlSource source, YamlScalarNode node) =>
        new(node.Value ?? string.Empty, source.LocationOf(node), ScalarPositions.Mapper(source, node));

    /// <summary>The expression under <paramref name="key"/>, or null (reporting a list or mapping given instead).</summary>
    public static SourceText? Expression(YamlMap map, string key, bool required = false) =>
        map.Scalar(key, required) is { } node ? From(map.Source, node) : null;
}
