using Priorities.Diagnostics;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.Testing;

/// <summary>Reads the <c>expect</c> mapping of a test.</summary>
internal static class ExpectationReader
{
    private static readonly string[] Keys = ["order", "top", "selected", "notSelected", "mandatory", "evidenceGaps", "scores", "coverage", "tolerance", "rationale", "status", "measures", "rag"];

    private static readonly string[] MeasureStatuses = ["achieved", "on-track", "off-track", "missed", "no-data"];

    private static readonly string[] Rags = ["green", "amber", "red", "grey"];

    public static Expectation? Read(YamlMap map)
    {
        map.AllowOnly(Keys);
        if (!map.Keys.Any()) map.Bag.Error(RulesCodes.TestFileStructure, map.Location, $"'expect' is empty; expect at least one of: {string.Join(", ", Keys)}.");
        var tolerance = map.Number("tolerance");
        if (tolerance < 0) map.Bag.Error(RulesCodes.TestFileStructure, map.KeyLocation("tolerance"), "'tolerance' must not be negative.");
        return new Expectation
        {
            Order = map.Strings("order"),
            Top = map.Strings("top"),
            Selected = map.Strings("selected"),
            NotSelected = map.Strings("notSelected"),
            Mandatory = map.Strings("mandatory"),
            EvidenceGaps = map.Strings("evidenceGaps"),
            Scores = Scores(map.Map("scores")),
            Coverage = Scores(map.Map("coverage")),
            Tolerance = tolerance is >= 0 ? tolerance.Value : Expectation.DefaultTolerance,
            Rationale = Entries(map.Map("rationale"), Phrases),
            Status = Entries(map.Map("status"), StatusOf),
            Measures = Entries(map.Map("measures"), (m, k) => OneOf(m, k, "measures", MeasureStatuses)),
            Rag = Entries(map.Map("rag"), (m, k) => OneOf(m, k, "rag", Rags)),
        };
    }

    private static KeyValuePair<string, T>[] Entries<T>(YamlMap? map, Func<YamlMap, string, T?> read)
        where T : class
    {
        if (map is null) return [];
        var entries = new List<KeyValuePair<string, T>>();
        foreach (var key in map.Keys.ToArray())
        {
            if (read(map, key) is { } value) entries.Add(new(key, value));
        }
        return [.. entries];
    }

    private static KeyValuePair<string, double>[] Scores(YamlMap? map)
    {
        if (map is null) return [];
        var entries = new List<KeyValuePair<string, double>>();
        foreach (var key in map.Keys.ToArray())
        {
            if (map.Number(key, required: true) is { } value) entries.Add(new(key, value));
        }
        return [.. entries];
    }

    private static IReadOnlyList<string>? Phrases(YamlMap map, string key)
    {
        var phrases = map.Strings(key);
        if (phrases.Count > 0) return phrases;
        map.Bag.Error(RulesCodes.TestFileStructure, map.KeyLocation(key), $"'rationale.{key}' needs at least one phrase.");
        return null;
    }

    private static string? StatusOf(YamlMap map, string key)
    {
        var value = map.String(key, required: true);
        if (value is "new" or "continuing" or "returning" or "not-assessed") return value;
        if (value is not null && map.Get(key) is YamlNode node)
            map.Bag.Error(RulesCodes.TestFileStructure, map.Source.LocationOf(node), $"'status.{key}' must be new, continuing, returning or not-assessed, not '{value}'.");
        return null;
    }

    private static string? OneOf(YamlMap map, string key, string what, string[] allowed)
    {
        var value = map.String(key, required: true);
        if (value is not null && allowed.Contains(value, StringComparer.Ordinal)) return value;
        if (value is not null && map.Get(key) is YamlNode node)
            map.Bag.Error(RulesCodes.TestFileStructure, map.Source.LocationOf(node), $"'{what}.{key}' must be one of {string.Join(", ", allowed)}, not '{value}'.");
        return null;
    }
}
