using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Files;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// Finds the root rule files among named files and folders: a file reached through the includes of another named
/// file is not a root (of files that include each other, the first named stays a root).
/// </summary>
internal static class RootFinder
{
    public static IReadOnlyList<string> Find(IEnumerable<string> paths, DiagnosticBag bag)
    {
        var candidates = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path)) candidates.AddRange(FolderFiles(path));
            else if (File.Exists(path)) candidates.Add(path);
            else bag.Error(RulesCodes.PathNotFound, SourceLocation.StartOf(path), $"No rule file or folder '{path}'.");
        }
        candidates = candidates.DistinctBy(Path.GetFullPath, StringComparer.Ordinal).ToList();
        var full = candidates.Select(Path.GetFullPath).ToArray();
        var reach = candidates.Select(Reachable).ToArray();
        var roots = new List<string>();
        for (var i = 0; i < candidates.Count; i++)
            if (!IncludedByAnother(i, full, reach)) roots.Add(candidates[i]);
        return roots;
    }

    /// <summary>Whether another candidate includes candidate <paramref name="i"/>; when two include each other, the earlier one stays.</summary>
    private static bool IncludedByAnother(int i, string[] full, HashSet<string>[] reach)
    {
        for (var j = 0; j < full.Length; j++)
        {
            if (j == i || !reach[j].Contains(full[i])) continue;
            var mutual = reach[i].Contains(full[j]);
            if (!mutual || j < i) return true;
        }
        return false;
    }

    private static IEnumerable<string> FolderFiles(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    /// <summary>The full paths of every file reachable through includes from <paramref name="path"/> (not itself).</summary>
    private static HashSet<string> Reachable(string path)
    {
        var start = Path.GetFullPath(path);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([start]);
        while (stack.Count > 0)
        {
            var file = stack.Pop();
            foreach (var include in Includes(file))
                if (include != start && seen.Add(include)) stack.Push(include);
        }
        return seen;
    }

    private static IEnumerable<string> Includes(string file)
    {
        if (RuleFileText.Read(file, file, RuleSetLoadOptions.DefaultMaxFileBytes).Text is not { } text) return [];
        var scratch = new DiagnosticBag();
        var read = RuleFileReader.Read(file, file, text, scratch);
        var folder = Path.GetDirectoryName(file) ?? string.Empty;
        return read.Includes.Select(i => IncludePath.Resolve(folder, i.Path, i.Location, null, scratch)).OfType<string>();
    }
}
