using Priorities.Diagnostics;
using Priorities.Yaml;

namespace Priorities.RuleSets.Model;

/// <summary>
/// What a rule set plans: <c>plan</c> (the default) reads one partnership's assessment; <c>rollup</c> reads the
/// plans of several partnerships (the roll-up facts) to make a county agreement.
/// </summary>
internal static class RuleSetKinds
{
    public const string Plan = "plan";
    public const string RollUp = "rollup";

    /// <summary>The file's <c>kind</c>, or null when it has none or an unknown one (reported).</summary>
    public static string? Read(YamlMap map)
    {
        var node = map.Scalar("kind");
        if (node?.Value is not { } kind) return null;
        if (kind is Plan or RollUp) return kind;
        map.Bag.Error(RulesCodes.UnknownKind, map.Source.LocationOf(node),
            $"Unknown kind '{kind}': a rule set is 'plan' (the default) or 'rollup'.");
        return null;
    }
}
