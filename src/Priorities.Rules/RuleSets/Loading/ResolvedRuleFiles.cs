namespace Priorities.RuleSets.Loading;

/// <summary>The files of a rule set as the include resolver found them.</summary>
/// <param name="Reached">In the order first reached, root first.</param>
/// <param name="Merged">In merge order: what a file extends, then what it includes, before the file itself.</param>
/// <param name="Children">Each file's full path to the full paths it extends or includes and could read.</param>
/// <param name="Extended">Each file's full path to the full path of the file it extends, when it could be read.</param>
internal sealed record ResolvedRuleFiles(
    IReadOnlyList<RuleFile> Reached,
    IReadOnlyList<RuleFile> Merged,
    IReadOnlyDictionary<string, List<string>> Children,
    IReadOnlyDictionary<string, string> Extended)
{
    /// <summary>The full paths of the files <paramref name="path"/> reaches through what it extends (that file included).</summary>
    public IReadOnlySet<string> Base(string path)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (!Extended.TryGetValue(path, out var start)) return found;
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next)) continue;
            foreach (var child in Children.GetValueOrDefault(next) ?? []) pending.Push(child);
        }
        return found;
    }
}
