using Priorities.Diagnostics;
using Priorities.RuleSets.Model;
using Priorities.Yaml;

namespace Priorities.RuleSets.Loading;

/// <summary>Reads one <c>when</c> item: exactly one of fact, none, count, sum, min, max or test, with its own keys.</summary>
internal static class PatternReader
{
    private static readonly (string Key, PatternForm Form, string[] Allowed)[] Forms =
    [
        ("fact", PatternForm.Fact, ["as", "where"]),
        ("none", PatternForm.None, ["as", "where"]),
        ("count", PatternForm.Count, ["as", "each", "where"]),
        ("sum", PatternForm.Sum, ["as", "each", "where", "of"]),
        ("min", PatternForm.Min, ["as", "each", "where", "of"]),
        ("max", PatternForm.Max, ["as", "each", "where", "of"]),
        ("test", PatternForm.Test, []),
    ];

    private static readonly string[] AllKeys = [.. Forms.Select(f => f.Key), "as", "each", "where", "of"];

    public static PatternSpec? Read(YamlMap map)
    {
        map.AllowOnly(AllKeys);
        var present = Forms.Where(f => map.Has(f.Key)).ToList();
        if (present.Count != 1)
        {
            var message = present.Count == 0
                ? "A 'when' pattern needs one of fact, none, count, sum, min, max or test."
                : $"A 'when' pattern has several forms ({string.Join(", ", present.Select(f => f.Key))}); give exactly one.";
            map.Bag.Error(RulesCodes.PatternForm, map.Location, message);
            return null;
        }
        var (key, form, allowed) = present[0];
        foreach (var other in map.Keys.Where(k => k != key && AllKeys.Contains(k) && !allowed.Contains(k) && !Forms.Any(f => f.Key == k)))
            map.Bag.Error(RulesCodes.PatternKey, map.KeyLocation(other), $"'{other}' does not belong to a '{key}' pattern; it takes {Takes(allowed)}.");
        return form == PatternForm.Test ? Test(map) : Typed(map, key, form);
    }

    private static PatternSpec? Test(YamlMap map)
    {
        var test = SourceTexts.Expression(map, "test");
        return test is null ? null : new PatternSpec(PatternForm.Test, string.Empty, map.Location, string.Empty, null, test, null, map.Location);
    }

    private static PatternSpec? Typed(YamlMap map, string key, PatternForm form)
    {
        var typeNode = map.Scalar(key);
        var aggregate = form is not (PatternForm.Fact or PatternForm.None);
        var of = SourceTexts.Expression(map, "of", required: form is PatternForm.Sum or PatternForm.Min or PatternForm.Max);
        var where = SourceTexts.Expression(map, "where");
        var binding = map.String("as");
        var each = map.String("each");
        if (typeNode is { Value: null or "" }) map.Bag.Error(RulesCodes.PatternForm, map.Source.LocationOf(typeNode), $"'{key}' needs a fact type.");
        if (typeNode?.Value is not { Length: > 0 } type) return null;
        var location = map.Source.LocationOf(typeNode);
        return new PatternSpec(form, type, location, binding ?? type, aggregate ? each ?? type : null, where, of, map.Location);
    }

    private static string Takes(string[] allowed) =>
        allowed.Length == 0 ? "no other keys" : string.Join(", ", allowed.Select(a => $"'{a}'"));
}
