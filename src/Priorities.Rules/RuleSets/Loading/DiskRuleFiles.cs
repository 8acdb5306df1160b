using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Files;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Loading;

/// <summary>Rule files on disk: includes resolve relative to the including file's folder.</summary>
/// <param name="absolute">
/// Whether the root was given as a full path: then files are shown by full path, else relative to the current folder.
/// </param>
/// <param name="options">The include root and size cap that confine what an include may read.</param>
internal sealed class DiskRuleFiles(bool absolute, RuleSetLoadOptions options) : IRuleFileSource
{
    public string Resolve(string folder, string path) => Path.GetFullPath(Path.Combine(folder, path));

    /// <summary>
    /// How a file is named in diagnostics: relative to the include root when there is one (never a server path);
    /// else a full path when the root file was given as one, else relative to the current folder.
    /// </summary>
    public string Display(string full) =>
        options.IncludeRoot is { } root ? Path.GetRelativePath(Path.GetFullPath(root), full)
        : absolute ? full : Path.GetRelativePath(Environment.CurrentDirectory, full);

    /// <summary>Confined to the include root, whatever the include key's tag or style (see <see cref="IncludePath"/>).</summary>
    public string? ResolveInclude(string folder, IncludeReference include, DiagnosticBag bag) =>
        IncludePath.Resolve(folder, include.Path, include.Location, options.IncludeRoot, bag);

    /// <summary>Only regular files within the size cap (see <see cref="RuleFileText"/>).</summary>
    public string? ReadInclude(string full, IncludeReference include, DiagnosticBag bag)
    {
        var (text, code, problem) = RuleFileText.Read(full, IncludePath.Shown(include.Path), options.MaxFileBytes);
        if (text is null) bag.Error(code!, include.Location, problem!);
        return text;
    }
}
