using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Files;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// Reads a root file and, depth first, the files it includes (paths relative to the including file). Each file is
/// read once; a missing file is reported at its include item and a cycle names the chain. A file's <c>extends</c> is
/// read like an include, before its includes. Files are found through an
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
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _extended = new(StringComparer.Ordinal);

    private IncludeResolver(DiagnosticBag bag, IRuleFileSource source)
    {
        _bag = bag;
        _source = source;
    }

    /// <summary>Files in the order first reached (root first), and in merge order (includes before includers).</summary>
    public static ResolvedRuleFiles Resolve(
        string rootDisplay, string text, RuleSetLoadOptions options, DiagnosticBag bag) =>
        Resolve(rootDisplay, text, bag, new DiskRuleFiles(Path.IsPathRooted(rootDisplay), options));

    /// <summary>As the disk overload, finding the included files in <paramref name="source"/>.</summary>
    public static ResolvedRuleFiles Resolve(
        string rootDisplay, string text, DiagnosticBag bag, IRuleFileSource source)
    {
        var resolver = new IncludeResolver(bag, source);
        var full = source.Resolve(string.Empty, rootDisplay);
        var root = RuleFileReader.Read(full, rootDisplay, text, bag);
        resolver.Add(root);
        resolver.Visit(root);
        return new ResolvedRuleFiles(resolver._reached, resolver._merged, resolver._children, resolver._extended);
    }

    private void Add(RuleFile file)
    {
        _read.Add(file.Path, file);
        _reached.Add(file);
    }

    /// <summary>
    /// Reads what <paramref name="file"/> extends, then what it includes, depth first; an extended file must be a rule
    /// set (a mapping with <c>ruleset</c>). Both are guarded alike by the <see cref="IRuleFileSource"/>.
    /// </summary>
    private void Visit(RuleFile file)
    {
        _chain.Add(file.Path);
        _children[file.Path] = [];
        var folder = Path.GetDirectoryName(file.Path) ?? string.Empty;
        if (file.Extends is { } extends && Follow(file, folder, extends, isExtends: true) is { } based)
            _extended[file.Path] = based;
        foreach (var include in file.Includes) Follow(file, folder, include, isExtends: false);
        _chain.RemoveAt(_chain.Count - 1);
        _merged.Add(file);
    }

    /// <summary>Follows one reference; the full path when the file is (or was already) read, else null.</summary>
    private string? Follow(RuleFile file, string folder, IncludeReference reference, bool isExtends)
    {
        if (_source.ResolveInclude(folder, reference, _bag) is not { } full) return null;
        if (_chain.Contains(full, StringComparer.Ordinal))
        {
            Cycle(full, reference, isExtends);
            return null;
        }
        if (!_read.ContainsKey(full))
        {
            if (Load(full, reference, isExtends) is not { } child) return null;
            Add(child);
            Visit(child);
        }
        _children[file.Path].Add(full);
        return full;
    }

    private RuleFile? Load(string full, IncludeReference include, bool isExtends)
    {
        var text = _source.ReadInclude(full, include, _bag);
        if (text is null) return null;
        if (isExtends && !RuleSetShape.IsRuleSet(_source.Display(full), text))
        {
            _bag.Error(RulesCodes.ExtendsNotRuleSet, include.Location,
                $"'{IncludePath.Shown(include.Path)}' is not a rule set (no 'ruleset' key at its top level); 'extends' names a rule file.");
            return null;
        }
        return RuleFileReader.Read(full, _source.Display(full), text, _bag);
    }

    private void Cycle(string full, IncludeReference include, bool isExtends)
    {
        var start = _chain.IndexOf(full);
        var names = string.Join(" -> ", _chain.Skip(start).Append(full).Select(p => Path.GetFileName(p)));
        if (isExtends) _bag.Error(RulesCodes.ExtendsCycle, include.Location, $"Cycle of extends: {names}.");
        else _bag.Error(RulesCodes.IncludeCycle, include.Location, $"Include cycle: {names}.");
    }
}
