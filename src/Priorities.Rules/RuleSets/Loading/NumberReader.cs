using System.Globalization;
using Priorities.Diagnostics;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.RuleSets.Loading;

/// <summary>Reads numbers of the scoring model, reporting values that are not numbers as PR2013.</summary>
internal static class NumberReader
{
    public static double? Number(YamlMap map, string key)
    {
        var node = map.Get(key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar && Parse(scalar.Value) is { } value) return value;
        map.Bag.Error(RulesCodes.NotANumber, map.Source.LocationOf(node), $"'{key}' must be a number, not {Describe(node)}.");
        return null;
    }

    public static int? Int(YamlMap map, string key)
    {
        var node = map.Get(key);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        map.Bag.Error(RulesCodes.NotANumber, map.Source.LocationOf(node), $"'{key}' must be a whole number, not {Describe(node)}.");
        return null;
    }

    public static double? Parse(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: var v } => $"'{v}'",
        YamlSequenceNode => "a list",
        _ => "a mapping",
    };
}
