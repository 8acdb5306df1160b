using System.CommandLine;
using Priorities.Engine.Diagnostics;
using Priorities.Hosting;
using Priorities.RuleSets;

namespace Priorities.Host.Cli;

/// <summary>
/// Resolves <c>--rules</c> to loaded rule sets: the paths given, else the shipped default rule set. A name of a shipped
/// rule set (<c>oxford</c>) that names no file or folder here loads the one inside the tool.
/// </summary>
internal static class RuleSetInputs
{
    /// <summary>The paths named by <paramref name="rules"/>, or the shipped default rule set's path when none.</summary>
    public static IReadOnlyList<string> Paths(ParseResult parse, Option<string[]> rules)
    {
        var given = parse.GetValue(rules) ?? [];
        return given.Length > 0 ? given : [ShippedRuleSets.PathOf(ShippedRuleSets.DefaultName)];
    }

    /// <summary>Every rule set the paths name (files and folders first, then shipped ones); a usage error when they name none.</summary>
    public static IReadOnlyList<RuleSetLoadResult> LoadAll(IReadOnlyList<string> paths)
    {
        var disk = paths.Where(p => !ShippedInputs.IsRuleSet(p)).ToArray();
        var shipped = paths.Where(ShippedInputs.IsRuleSet).Select(ShippedRuleSets.Load);
        var results = (disk.Length > 0 ? RuleSetLoader.LoadAll(disk) : []).Concat(shipped).ToArray();
        return results.Length > 0 ? results : throw new UsageException($"--rules {string.Join(' ', paths)}: no rule files (*.yaml) there.");
    }

    /// <summary>
    /// The one rule set the paths name (as the library's hosting selects it), its warnings written to
    /// <paramref name="error"/>. Paths naming no rule set or several are a usage error saying so; an invalid rule set
    /// throws <see cref="DiagnosticsException"/> with every diagnostic.
    /// </summary>
    public static async Task<PlanRuleSet> LoadOneAsync(IReadOnlyList<string> paths, TextWriter error)
    {
        var result = RuleSetSelection.One(paths, LoadAll(paths));
        if (result.Diagnostics is [{ Code: RuleSetSelection.TooManyRoots } roots])
            throw new UsageException($"--rules {string.Join(' ', paths)}: {roots.Message}");
        if (result.RuleSet is null) throw new DiagnosticsException(Lines(result.Diagnostics));
        foreach (var warning in result.Diagnostics) await error.WriteLineAsync(warning.ToString()).ConfigureAwait(false);
        return result.RuleSet;
    }

    public static IReadOnlyList<string> Lines(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => d.ToString()).ToArray();
}
