using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Files;
using Priorities.RuleSets.Model;
using Priorities.Yaml;

namespace Priorities.RuleSets.Loading;

/// <summary>Reads a rule set file and its includes into a <see cref="RuleSetDocument"/>, reporting every problem in one pass.</summary>
internal static class RuleSetReader
{
    /// <summary>Reads the rule set rooted at <paramref name="path"/>; null when it has errors (all in <paramref name="bag"/>).</summary>
    public static RuleSetDocument? Read(string path, DiagnosticBag bag, RuleSetLoadOptions? options = null) =>
        ReadDraft(path, bag, options).Valid;

    /// <summary>Reads the rule set rooted at <paramref name="path"/>, keeping a best-effort document when it has errors.</summary>
    public static RuleSetRead ReadDraft(string path, DiagnosticBag bag, RuleSetLoadOptions? options = null)
    {
        var cap = Math.Max((options ?? RuleSetLoadOptions.Default).MaxFileBytes, YamlSource.MaxBytes);
        var (text, code, problem) = ReadRoot(path, cap);
        if (text is not null) return ReadTextDraft(path, text, bag, options);
        bag.Error(code!, SourceLocation.StartOf(path), problem!);
        return new RuleSetRead(null, HasErrors: true);
    }

    /// <summary>
    /// The root file's text, read as includes are: only a regular file within the size cap, so a device, a pipe or a
    /// huge file ends in PR1009 or PR1008 rather than an endless read (a missing one is PR1006). Its cap is the larger
    /// of the include cap and the YAML text limit (8 MiB), which a longer text would break anyway.
    /// </summary>
    private static (string? Text, string? Code, string? Problem) ReadRoot(string path, long maxBytes)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return (null, RulesCodes.PathNotFound, $"The rule file '{path}' cannot be read: {e.Message}");
        }
        var read = RuleFileText.Read(full, path, maxBytes, "rule file");
        return read.Code == RulesCodes.IncludeMissing ? read with { Code = RulesCodes.PathNotFound } : read;
    }

    /// <summary>Reads a rule set from text (HTTP validation, tests); includes resolve relative to <paramref name="file"/>'s folder.</summary>
    public static RuleSetDocument? ReadText(string file, string text, DiagnosticBag bag, RuleSetLoadOptions? options = null) =>
        ReadTextDraft(file, text, bag, options).Valid;

    /// <summary>Reads a rule set from text, keeping a best-effort document when it has errors.</summary>
    public static RuleSetRead ReadTextDraft(string file, string text, DiagnosticBag bag, RuleSetLoadOptions? options = null)
    {
        return RuleSetMerger.Merge(IncludeResolver.Resolve(file, text, options ?? RuleSetLoadOptions.Default, bag), bag);
    }

    /// <summary>Reads a rule set from text whose includes are found in <paramref name="source"/> (the shipped rule sets).</summary>
    public static RuleSetRead ReadTextDraft(string file, string text, DiagnosticBag bag, IRuleFileSource source)
    {
        return RuleSetMerger.Merge(IncludeResolver.Resolve(file, text, bag, source), bag);
    }

    /// <summary>
    /// The root rule files named by paths of files or folders: a folder gives its own <c>*.yaml</c>/<c>*.yml</c> files
    /// (not its sub-folders); a file that another named file includes is not a root.
    /// </summary>
    public static IReadOnlyList<string> Roots(IEnumerable<string> paths, DiagnosticBag bag) => RootFinder.Find(paths, bag);
}
