using Priorities.Diagnostics;
using Priorities.Engine.Facts;
using Priorities.RuleSets.Model;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// Reads a file's <c>facts:</c> declarations: fact type name to a mapping of field names to types. A scalar type
/// ending in <c>?</c> (<c>number?</c>, <c>int?</c>, <c>string?</c>, <c>bool?</c>) makes the field nullable: its value may be unknown.
/// </summary>
internal static class FactTypeReader
{
    private static readonly Dictionary<string, FieldType> Types = new(StringComparer.Ordinal)
    {
        ["string"] = FieldType.String,
        ["int"] = FieldType.Integer,
        ["number"] = FieldType.Number,
        ["bool"] = FieldType.Boolean,
        ["list"] = FieldType.StringList,
        ["numbers"] = FieldType.NumberList,
        ["string?"] = FieldType.String,
        ["int?"] = FieldType.Integer,
        ["number?"] = FieldType.Number,
        ["bool?"] = FieldType.Boolean,
    };

    /// <summary>The declared fact types; those with an error in their fields are also added to <paramref name="unsound"/>.</summary>
    public static List<FactTypeDefinition> ReadAll(YamlMap file, ISet<object> unsound)
    {
        var result = new List<FactTypeDefinition>();
        var facts = file.Map("facts");
        if (facts is null) return result;
        foreach (var (key, value) in facts.Node.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name }) continue;
            var fields = YamlMap.From(value, file.Source, file.Bag, $"the fields of fact type '{name}'");
            if (fields is null) continue;
            var before = file.Bag.Items.Count;
            var type = new FactTypeDefinition(name, Fields(fields), file.Source.LocationOf(key));
            result.Add(type);
            if (file.Bag.Items.Count != before) unsound.Add(type);
        }
        return result;
    }

    private static List<FactFieldDefinition> Fields(YamlMap fields)
    {
        var result = new List<FactFieldDefinition>();
        foreach (var (key, value) in fields.Node.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name }) continue;
            if (value is not YamlScalarNode { Value: { } typeName } scalar)
            {
                fields.Bag.Error(RulesCodes.WrongType, fields.Source.LocationOf(value), $"The type of field '{name}' must be one of {string.Join(", ", Types.Keys)}.");
                continue;
            }
            if (Types.TryGetValue(typeName, out var type))
                result.Add(new FactFieldDefinition(name, type, fields.Source.LocationOf(key), typeName.EndsWith('?')));
            else fields.Bag.Error(RulesCodes.UnknownFieldType, fields.Source.LocationOf(scalar), UnknownType(name, typeName));
        }
        return result;
    }

    private static string UnknownType(string field, string typeName)
    {
        var hint = Suggestions.Nearest(typeName, Types.Keys) is { } near ? $" Did you mean '{near}'?" : string.Empty;
        return $"Unknown type '{typeName}' for field '{field}'; use one of {string.Join(", ", Types.Keys)}.{hint}";
    }
}
