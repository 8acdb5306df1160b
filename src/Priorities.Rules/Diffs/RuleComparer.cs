using Priorities.RuleSets.Model;

namespace Priorities.Diffs;

/// <summary>Compares the rules of two rule sets by id and by canonical content.</summary>
internal static class RuleComparer
{
    public static RuleChanges Compare(IReadOnlyList<RuleSpec> newRules, IReadOnlyList<RuleSpec> oldRules)
    {
        var olds = oldRules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var news = newRules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var added = news.Keys.Where(id => !olds.ContainsKey(id)).Order(StringComparer.Ordinal).ToArray();
        var removed = olds.Keys.Where(id => !news.ContainsKey(id)).Order(StringComparer.Ordinal).ToArray();
        var changed = news.Keys.Where(olds.ContainsKey).Order(StringComparer.Ordinal)
            .Select(id => Change(news[id], olds[id])).OfType<RuleChange>().ToArray();
        return new RuleChanges(added, removed, changed);
    }

    private static RuleChange? Change(RuleSpec newRule, RuleSpec oldRule)
    {
        var parts = RuleCanonicalizer.Parts(newRule).Zip(RuleCanonicalizer.Parts(oldRule))
            .Where(pair => !string.Equals(pair.First.Value, pair.Second.Value, StringComparison.Ordinal))
            .Select(pair => pair.First.Key).ToArray();
        return parts.Length == 0 ? null : new RuleChange(newRule.Id, parts);
    }
}
