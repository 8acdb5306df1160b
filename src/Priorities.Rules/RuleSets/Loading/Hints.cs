using Priorities.Yaml;

namespace Priorities.RuleSets.Loading;

/// <summary>"Did you mean" endings for messages.</summary>
internal static class Hints
{
    /// <summary><c> Did you mean 'x'?</c>, or an empty string when nothing is close.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates) =>
        Suggestions.Nearest(name, candidates) is { } near ? $" Did you mean '{near}'?" : string.Empty;
}
