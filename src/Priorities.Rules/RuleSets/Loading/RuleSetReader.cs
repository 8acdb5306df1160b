using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Model;

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
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var reason = File.Exists(path) ? "cannot be read: " + e.Message : "does not exist.";
            bag.Error(RulesCodes.PathNotFound, SourceLocation.StartOf(path), $"The rule file {reason}");
            return new RuleSetRead(null, HasErrors: true);
        }
        return ReadTextDraft(path, text, bag, options);
    }

    /// <summary>Reads a rule set from text (HTTP validation, tests); includes resolve relative to <paramref name="file"/>'s folder.</summary>
    public static RuleSetDocument? ReadText(string file, string text, DiagnosticBag bag, RuleSetLoadOptions? options = null) =>
        ReadTextDraft(file, text, bag, options).Valid;

    /// <summary>Reads a rule set from text, keeping a best-effort document when it has errors.</summary>
    public static RuleSetRead ReadTextDraft(string file, string text, DiagnosticBag bag, RuleSetLoadOptions? options = null)
    {
        var (reached, merged) = IncludeResolver.Resolve(file, text, options ?? RuleSetLoadOptions.Default, bag);
        return RuleSetMerger.Merge(reached, merged, bag);
    }

    /// <summary>Reads a rule set from text whose includes are found in <paramref name="source"/> (the shipped rule sets).</summary>
    public static RuleSetRead ReadTextDraft(string file, string text, DiagnosticBag bag, IRuleFileSource source)
    {
        var (reached, merged) = IncludeResolver.Resolve(file, text, bag, source);
        return RuleSetMerger.Merge(reached, merged, bag);
    }

    /// <summary>
    /// The root rule files named by paths of files or folders: a folder gives its own <c>*.yaml</c>/<c>*.yml</c> files
    /// (not its sub-folders); a file that another named file includes is not a root.
    /// </summary>
    public static IReadOnlyList<string> Roots(IEnumerable<string> paths, DiagnosticBag bag) => RootFinder.Find(paths, bag);
}
