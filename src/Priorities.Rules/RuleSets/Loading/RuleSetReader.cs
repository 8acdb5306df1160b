using Priorities.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Loading;

/// <summary>Reads a rule set file and its includes into a <see cref="RuleSetDocument"/>, reporting every problem in one pass.</summary>
internal static class RuleSetReader
{
    /// <summary>Reads the rule set rooted at <paramref name="path"/>; null when it has errors (all in <paramref name="bag"/>).</summary>
    public static RuleSetDocument? Read(string path, DiagnosticBag bag) =>
        throw new NotImplementedException("RuleSetReader: being written.");

    /// <summary>Reads a rule set from text (HTTP validation, tests); includes resolve relative to <paramref name="file"/>'s folder.</summary>
    public static RuleSetDocument? ReadText(string file, string text, DiagnosticBag bag) =>
        throw new NotImplementedException("RuleSetReader: being written.");

    /// <summary>
    /// The root rule files named by paths of files or folders: a folder gives its own <c>*.yaml</c>/<c>*.yml</c> files
    /// (not its sub-folders); a file that another named file includes is not a root.
    /// </summary>
    public static IReadOnlyList<string> Roots(IEnumerable<string> paths, DiagnosticBag bag) =>
        throw new NotImplementedException("RuleSetReader: being written.");
}
