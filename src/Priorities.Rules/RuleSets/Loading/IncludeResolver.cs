using Priorities.Diagnostics;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// Reads a root file and, depth first, the files it includes (paths relative to the including file). Each file is
/// read once; a missing file is reported at its include item and a cycle names the chain.
/// </summary>
internal sealed class IncludeResolver
{
    private readonly DiagnosticBag _bag;
    private readonly bool _absolute;
    private readonly RuleSetLoadOptions _options;
    private readonly Dictionary<string, RuleFile> _read = new(StringComparer.Ordinal);
    private readonly List<RuleFile> _reached = [];
    private readonly List<RuleFile> _merged = [];
    private readonly List<string> _chain = [];

    private IncludeResolver(DiagnosticBag bag, bool absolute, RuleSetLoadOptions options)
    {
        _bag = bag;
        _absolute = absolute;
        _options = options;
    }

    /// <summary>Files in the order first reached (root first), and in merge order (includes before includers).</summary>
    public static (IReadOnlyList<RuleFile> Reached, IReadOnlyList<RuleFile> Merged) Resolve(
        string rootDisplay, string text, RuleSetLoadOptions options, DiagnosticBag bag)
    {
        var resolver = new IncludeResolver(bag, Path.IsPathRooted(rootDisplay), options);
        var full = Path.GetFullPath(rootDisplay);
        var root = RuleFileReader.Read(full, rootDisplay, text, bag);
        resolver.Add(root);
        resolver.Visit(root);
        return (resolver._reached, resolver._merged);
    }

    private void Add(RuleFile file)
    {
        _read.Add(file.Path, file);
        _reached.Add(file);
    }

    private void Visit(RuleFile file)
    {
        _chain.Add(file.Path);
        var folder = Path.GetDirectoryName(file.Path) ?? string.Empty;
        foreach (var include in file.Includes)
        {
            if (IncludePath.Resolve(folder, include, _options.IncludeRoot, _bag) is not { } full) continue;
            if (_chain.Contains(full, StringComparer.Ordinal)) Cycle(full, include);
            else if (!_read.ContainsKey(full) && Load(full, include) is { } child)
            {
                Add(child);
                Visit(child);
            }
        }
        _chain.RemoveAt(_chain.Count - 1);
        _merged.Add(file);
    }

    private RuleFile? Load(string full, IncludeReference include)
    {
        var (text, code, problem) = RuleFileText.Read(full, IncludePath.Shown(include.Path), _options.MaxFileBytes);
        if (text is not null) return RuleFileReader.Read(full, Display(full), text, _bag);
        _bag.Error(code!, include.Location, problem!);
        return null;
    }

    private void Cycle(string full, IncludeReference include)
    {
        var start = _chain.IndexOf(full);
        var names = _chain.Skip(start).Append(full).Select(p => Path.GetFileName(p));
        _bag.Error(RuleSetCodes.IncludeCycle, include.Location, $"Include cycle: {string.Join(" -> ", names)}.");
    }

    /// <summary>
    /// How a file is named in diagnostics: relative to the include root when there is one; else a full path when the
    /// root file was given as one, else relative to the current folder.
    /// </summary>
    private string Display(string full) =>
        _options.IncludeRoot is { } root ? Path.GetRelativePath(Path.GetFullPath(root), full)
        : _absolute ? full : Path.GetRelativePath(Environment.CurrentDirectory, full);
}
