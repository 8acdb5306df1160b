using Priorities.Diagnostics;
using Priorities.RuleSets.Model;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.RuleSets.Loading;

/// <summary>Reads <c>then.derive</c>: one <c>{ fact, values }</c> mapping or a list of them.</summary>
internal static class DeriveReader
{
    public static List<DeriveSpec> Read(YamlMap then)
    {
        var node = then.Get("derive");
        IEnumerable<YamlNode> items = node switch
        {
            null => [],
            YamlSequenceNode list => list.Children,
            _ => [node],
        };
        var result = new List<DeriveSpec>();
        foreach (var item in items)
            if (YamlMap.From(item, then.Source, then.Bag, "a 'derive' item") is { } map && One(map) is { } spec) result.Add(spec);
        return result;
    }

    private static DeriveSpec? One(YamlMap map)
    {
        map.AllowOnly("fact", "values");
        var fact = map.Scalar("fact", required: true);
        var values = new List<KeyValuePair<string, SourceText>>();
        foreach (var (key, value) in Entries.Of(map.Map("values")))
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } field }) continue;
            if (value is YamlScalarNode scalar) values.Add(new(field, SourceTexts.From(map.Source, scalar)));
            else map.Bag.Error(RulesCodes.WrongType, map.Source.LocationOf(value), $"The value of '{field}' must be an expression, not a list or mapping.");
        }
        if (fact?.Value is not { Length: > 0 } type) return null;
        return new DeriveSpec(type, map.Source.LocationOf(fact), values, map.Location);
    }
}
