using Priorities.Diagnostics;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.RuleSets.Loading;

/// <summary>Tells a rule file from other YAML (an assessment, a test file) before reading it as one.</summary>
internal static class RuleSetShape
{
    /// <summary>
    /// Whether the text is a mapping with a <c>ruleset</c> key. Text that does not parse counts as a rule set, so that
    /// its syntax errors are reported where they are.
    /// </summary>
    public static bool IsRuleSet(string display, string text)
    {
        var scratch = new DiagnosticBag();
        var source = YamlSource.Parse(display, text, scratch);
        if (source.Root is null) return scratch.HasErrors;
        return source.Root is YamlMappingNode map
            && map.Children.Keys.Any(k => k is YamlScalarNode { Value: "ruleset" });
    }
}
