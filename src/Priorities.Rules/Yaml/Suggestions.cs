using Priorities.Engine.Expressions.Semantics;

namespace Priorities.Yaml;

/// <summary>"Did you mean" suggestions for YAML keys, using the engine's edit-distance suggester.</summary>
internal static class Suggestions
{
    public static string? Nearest(string name, IEnumerable<string> candidates) => NameSuggester.Suggest(name, candidates);
}
