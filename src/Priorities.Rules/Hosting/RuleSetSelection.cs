using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets;

namespace Priorities.Hosting;

/// <summary>
/// Loads the one root rule set that files and folders name, as <c>AddPriorities</c> and the CLI both select it: a
/// folder may hold a root and the files it includes, but only one root.
/// </summary>
public static class RuleSetSelection
{
    /// <summary>The code of the error for paths that name more than one root rule set.</summary>
    public const string TooManyRoots = RulesCodes.TooManyRoots;

    /// <summary>The code of the error for a load that threw instead of reporting diagnostics.</summary>
    public const string LoadThrew = RulesCodes.LoadThrew;

    /// <summary>Loads the one root rule set the paths name; naming none or several is a <see cref="TooManyRoots"/> error.</summary>
    /// <param name="paths">Rule files and folders.</param>
    /// <returns>The load result; never throws for bad input.</returns>
    public static RuleSetLoadResult LoadOne(IReadOnlyList<string> paths) => One(paths, RuleSetLoader.LoadAll(paths));

    /// <summary>The one root rule set among those the paths named, loaded by the caller (shipped sets included).</summary>
    /// <param name="paths">The rule files, folders or shipped names, for the error's place and text.</param>
    /// <param name="results">The rule sets they name.</param>
    /// <returns>The one result, or a result with a <see cref="TooManyRoots"/> error.</returns>
    public static RuleSetLoadResult One(IReadOnlyList<string> paths, IReadOnlyList<RuleSetLoadResult> results)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 1) return results[0];
        var roots = string.Join(", ", results.Select(r => r.Root));
        var location = SourceLocation.StartOf(paths.Count > 0 ? paths[0] : "(no rules)");
        var message = results.Count == 0
            ? "The rule paths name no rule set: give a rule file or a folder holding one."
            : $"The rule paths name {results.Count} root rule sets ({roots}); name exactly one (a file that another includes is not a root).";
        return new RuleSetLoadResult(string.Join(", ", paths), null, [new Diagnostic(TooManyRoots, DiagnosticSeverity.Error, message, location)]);
    }

    /// <summary>A failed result for a load that threw, so it is reported like any other broken rule set.</summary>
    /// <param name="paths">The rule files and folders that were being loaded.</param>
    /// <param name="exception">What the load threw.</param>
    /// <returns>A result with no rule set and one <see cref="LoadThrew"/> error.</returns>
    public static RuleSetLoadResult Failure(IReadOnlyList<string> paths, Exception exception)
    {
        var location = SourceLocation.StartOf(paths.Count > 0 ? paths[0] : "(no rules)");
        var message = $"The rule set could not be read ({exception.GetType().Name}): {exception.Message}";
        return new RuleSetLoadResult(string.Join(", ", paths), null, [new Diagnostic(LoadThrew, DiagnosticSeverity.Error, message, location)]);
    }
}
