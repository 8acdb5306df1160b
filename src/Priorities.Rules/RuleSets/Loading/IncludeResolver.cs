using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// Reads a root file and, depth first, the files it includes (paths relative to the including file). Each file is
/// read once; a missing file is reported at its include item and a cycle names the chain. Files are found through an
/// <see cref="IRuleFileSource"/>: the disk, or the rule sets shipped inside the assembly.
/// </summary>
internal sealed class IncludeResolver
{
    private readonly DiagnosticBag _bag;
    private readonly IRuleFileSource _source;
    private readonly Dictionary<string, RuleFile> _read = new(StringComparer.Ordinal);
    private readonly List<RuleFile> _reached = [];
    private readonly List<RuleFile> _merged = [];
    private readonly List<string> _chain = [];

    private IncludeResolver(DiagnosticBag bag, IRuleFileSource source)
    {
        _bag = bag;
        _source = source;
    }

    /// <summary>Files in the order first reached (root first), and in merge order (includes before includers).</summary>
    public static (IReadOnlyList<RuleFile> Reached, IReadOnlyList<RuleFile> Merged) Resolve(
        string rootDisplay, string text, RuleSetLoadOptions options, DiagnosticBag bag) =>
        Resolve(rootDisplay, text, bag, new DiskRuleFiles(Path.IsPathRooted(rootDisplay), options));

    /// <summary>As the disk overload, finding the included files in <paramref name="source"/>.</summary>
    public static (IReadOnlyList<RuleFile> Reached, IReadOnlyList<RuleFile> Merged) Resolve(
        string rootDisplay, string text, DiagnosticBag bag, IRuleFileSource source)
    {
        var resolver = new IncludeResolver(bag, source);
        var full = source.Resolve(string.Empty, rootDisplay);
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
            if (_source.ResolveInclude(folder, include, _bag) is not { } full) continue;
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
        var text = _source.ReadInclude(full, include, _bag);
        return text is null ? null : RuleFileReader.Read(full, _source.Display(full), text, _bag);
    }

    private void Cycle(string full, IncludeReference include)
    {
        var start = _chain.IndexOf(full);
        var names = _chain.Skip(start).Append(full).Select(p => Path.GetFileName(p));
        _bag.Error(RulesCodes.IncludeCycle, include.Location, $"Include cycle: {string.Join(" -> ", names)}.");
    }
}
