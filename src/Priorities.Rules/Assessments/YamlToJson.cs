using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.Assessments;

/// <summary>
/// Turns a YAML document into a JSON tree: plain scalars become strings (numbers are read from them), booleans or
/// null; quoted scalars stay strings. Depth and size are bounded, so hostile documents (alias bombs) fail cleanly.
/// </summary>
internal static class YamlToJson
{
    private const int MaxDepth = 32;
    private const int MaxNodes = 2_000_000;

    public static JsonNode Convert(string yaml)
    {
        if (YamlBounds.Check(yaml) is { } bound)
            throw new JsonException($"{bound.Start.Line}:{bound.Start.Column}: {bound.Problem}");
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new JsonException($"{e.Start.Line}:{e.Start.Column}: {e.Message}", e);
        }
        if (stream.Documents.Count != 1)
            throw new JsonException($"Expected one YAML document, found {stream.Documents.Count}.");
        var budget = MaxNodes;
        return ToNode(stream.Documents[0].RootNode, 0, ref budget) ?? throw new JsonException("The YAML document is empty.");
    }

    private static JsonNode? ToNode(YamlNode node, int depth, ref int budget)
    {
        if (depth > MaxDepth || --budget < 0)
            throw new JsonException($"{node.Start.Line}:{node.Start.Column}: the document is nested too deeply or is too large.");
        return node switch
        {
            YamlMappingNode mapping => ToObject(mapping, depth, ref budget),
            YamlSequenceNode sequence => ToArray(sequence, depth, ref budget),
            YamlScalarNode scalar => ToValue(scalar),
            _ => throw new JsonException($"{node.Start.Line}:{node.Start.Column}: unsupported YAML node."),
        };
    }

    private static JsonObject ToObject(YamlMappingNode mapping, int depth, ref int budget)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
                throw new JsonException($"{key.Start.Line}:{key.Start.Column}: a key must be a plain string.");
            if (result.ContainsKey(name))
                throw new JsonException($"{key.Start.Line}:{key.Start.Column}: duplicate key '{name}'.");
            result[name] = ToNode(value, depth + 1, ref budget);
        }
        return result;
    }

    private static JsonArray ToArray(YamlSequenceNode sequence, int depth, ref int budget)
    {
        var result = new JsonArray();
        foreach (var item in sequence.Children)
            result.Add(ToNode(item, depth + 1, ref budget));
        return result;
    }

    private static JsonValue? ToValue(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not ScalarStyle.Plain) return JsonValue.Create(text);
        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ => JsonValue.Create(text),
        };
    }
}
