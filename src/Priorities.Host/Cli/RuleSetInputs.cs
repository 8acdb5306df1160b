using System.CommandLine;
using Priorities.Diagnostics;
using Priorities.Hosting;
using Priorities.RuleSets;

namespace Priorities.Host.Cli;

/// <summary>Resolves <c>--rules</c> to loaded rule sets: the paths given, else the shipped default rule set.</summary>
internal static class RuleSetInputs
{
    /// <summary>The paths named by <paramref name="rules"/>, or the default rule set when none.</summary>
    public static IReadOnlyList<string> Paths(ParseResult parse, Option<string[]> rules)
    {
        var given = parse.GetValue(rules) ?? [];
        return given.Length > 0 ? given : [DefaultFiles.Require(DefaultFiles.RuleSet, "--rules")];
    }

    /// <summary>Every rule set the paths name; a usage error when they name none.</summary>
    public static IReadOnlyList<RuleSetLoadResult> LoadAll(IReadOnlyList<string> paths)
    {
        var results = RuleSetLoader.LoadAll(paths);
        return results.Count > 0 ? results : throw new UsageException($"--rules {string.Join(' ', paths)}: no rule files (*.yaml) there.");
    }

    /// <summary>
    /// The one rule set the paths name (as the library's hosting selects it), its warnings written to
    /// <paramref name="error"/>. Paths naming no rule set or several are a usage error saying so; an invalid rule set
    /// throws <see cref="DiagnosticsException"/> with every diagnostic.
    /// </summary>
    public static async Task<PlanRuleSet> LoadOneAsync(IReadOnlyList<string> paths, TextWriter error)
    {
        var result = RuleSetSelection.LoadOne(paths);
        if (result.Diagnostics is [{ Code: RuleSetSelection.TooManyRoots } roots])
            throw new UsageException($"--rules {string.Join(' ', paths)}: {roots.Message}");
        if (result.RuleSet is null) throw new DiagnosticsException(Lines(result.Diagnostics));
        foreach (var warning in result.Diagnostics) await error.WriteLineAsync(warning.ToString()).ConfigureAwait(false);
        return result.RuleSet;
    }

    public static IReadOnlyList<string> Lines(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => d.ToString()).ToArray();
}
