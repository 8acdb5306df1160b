using System.Globalization;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Priorities.Yaml;

/// <summary>
/// Reads a YAML mapping against an expected shape: unknown keys (with a "did you mean"), missing required keys and
/// values of the wrong type become diagnostics at the exact line and column.
/// </summary>
internal sealed class YamlMap
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, YamlSource source, DiagnosticBag bag)
    {
        Node = node;
        Source = source;
        Bag = bag;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode scalar || scalar.Value is null) bag.Error(RulesCodes.WrongType, source.LocationOf(key), "Keys must be plain names.");
            else if (!_entries.TryAdd(scalar.Value, (scalar, value))) bag.Error(RulesCodes.DuplicateKey, source.LocationOf(key), $"The key '{scalar.Value}' appears twice.");
        }
    }

    public YamlMappingNode Node { get; }

    public YamlSource Source { get; }

    public DiagnosticBag Bag { get; }

    public SourceLocation Location => Source.LocationOf(Node);

    public IEnumerable<string> Keys => _entries.Keys;

    public static YamlMap? From(YamlNode? node, YamlSource source, DiagnosticBag bag, string what)
    {
        if (node is YamlMappingNode map) return new YamlMap(map, source, bag);
        if (node is not null) bag.Error(RulesCodes.WrongType, source.LocationOf(node), $"Expected {what} as a mapping of keys to values.");
        return null;
    }

    /// <summary>Reports every key not in <paramref name="allowed"/>, suggesting the nearest allowed key.</summary>
    public void AllowOnly(params string[] allowed)
    {
        foreach (var (name, (key, _)) in _entries)
        {
            if (allowed.Contains(name, StringComparer.Ordinal)) continue;
            var hint = Suggestions.Nearest(name, allowed) is { } near ? $" Did you mean '{near}'?" : $" Allowed keys: {string.Join(", ", allowed)}.";
            Bag.Error(RulesCodes.UnknownKey, Source.LocationOf(key), $"Unknown key '{name}'.{hint}");
        }
    }

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Get(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public SourceLocation KeyLocation(string key) => _entries.TryGetValue(key, out var entry) ? Source.LocationOf(entry.Key) : Location;

    public YamlScalarNode? Scalar(string key, bool required = false)
    {
        var node = Get(key);
        if (node is YamlScalarNode scalar) return scalar;
        if (node is null && required) Bag.Error(RulesCodes.MissingKey, Location, $"Missing required key '{key}'.");
        else if (node is not null) Bag.Error(RulesCodes.WrongType, Source.LocationOf(node), $"'{key}' must be a single value, not a list or mapping.");
        return null;
    }

    public string? String(string key, bool required = false) => Scalar(key, required)?.Value;

    public int? Int(string key, bool required = false) =>
        Parse<int>(key, required, "a whole number", s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);

    public double? Number(string key, bool required = false) =>
        Parse<double>(key, required, "a number", s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null);

    public bool? Bool(string key) =>
        Parse<bool>(key, false, "true or false", s => s switch { "true" => true, "false" => false, _ => null });

    public YamlSequenceNode? List(string key, bool required = false)
    {
        var node = Get(key);
        if (node is YamlSequenceNode list) return list;
        if (node is null && required) Bag.Error(RulesCodes.MissingKey, Location, $"Missing required key '{key}'.");
        else if (node is not null) Bag.Error(RulesCodes.WrongType, Source.LocationOf(node), $"'{key}' must be a list.");
        return null;
    }

    public IReadOnlyList<string> Strings(string key)
    {
        if (Get(key) is YamlScalarNode single && !string.IsNullOrEmpty(single.Value)) return [single.Value];
        var list = List(key);
        if (list is null) return [];
        var values = new List<string>();
        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode { Value: { } v }) values.Add(v);
            else Bag.Error(RulesCodes.WrongType, Source.LocationOf(item), $"Each item of '{key}' must be a single value.");
        }
        return values;
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null && required) Bag.Error(RulesCodes.MissingKey, Location, $"Missing required key '{key}'.");
        return From(node, Source, Bag, $"'{key}'");
    }

    private T? Parse<T>(string key, bool required, string expected, Func<string, T?> parse) where T : struct
    {
        var scalar = Scalar(key, required);
        if (scalar?.Value is null) return null;
        var value = parse(scalar.Value);
        if (value is null) Bag.Error(RulesCodes.WrongType, Source.LocationOf(scalar), $"'{key}' must be {expected}, not '{scalar.Value}'.");
        return value;
    }
}
