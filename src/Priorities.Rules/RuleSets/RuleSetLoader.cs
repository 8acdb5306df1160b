using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets.Loading;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets;

/// <summary>
/// Loads YAML rule sets: reads each file and its includes with source positions, checks and compiles them (a set
/// whose files are unchanged since it was last compiled is not compiled again), and
/// reports every problem at once as <c>file:line:col: error CODE: message</c>. Never throws for bad input.
/// </summary>
public static class RuleSetLoader
{
    /// <summary>The default budget of the compiled-rules cache: 256 MiB.</summary>
    public const long DefaultCompiledCacheBytes = 256L * 1024 * 1024;

    /// <summary>
    /// How many bytes the process-wide cache of compiled rule sets may hold (default
    /// <see cref="DefaultCompiledCacheBytes"/>; 0 keeps nothing). Each rule set is charged the bytes its compilation
    /// allocated, an overestimate of what it keeps; the oldest go first when a new one would not fit.
    /// </summary>
    public static long CompiledCacheBytes
    {
        get => CompiledRulesCache.Shared.BudgetBytes;
        set => CompiledRulesCache.Shared.BudgetBytes = value;
    }

    /// <summary>Loads the rule set rooted at one file.</summary>
    /// <param name="path">The root rule file.</param>
    /// <param name="options">Where includes may read from and how much; null: anywhere, default cap.</param>
    public static RuleSetLoadResult Load(string path, RuleSetLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var bag = new DiagnosticBag();
        return Finish(path, RuleSetReader.ReadDraft(path, bag, options), bag, options);
    }

    /// <summary>Loads a rule set from text, as if read from <paramref name="file"/> (includes resolve beside it).</summary>
    /// <param name="file">The name used in diagnostics and to resolve includes.</param>
    /// <param name="text">The YAML text.</param>
    /// <param name="options">Where includes may read from and how much; null: anywhere, default cap.</param>
    public static RuleSetLoadResult LoadText(string file, string text, RuleSetLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentNullException.ThrowIfNull(text);
        var bag = new DiagnosticBag();
        return Finish(file, RuleSetReader.ReadTextDraft(file, text, bag, options), bag, options);
    }

    /// <summary>Loads a rule set shipped in this assembly (<see cref="ShippedRuleSets"/>); its includes are shipped too.</summary>
    /// <param name="path">Its shipped path, such as <c>(shipped)/rules/oxford.yaml</c>.</param>
    /// <param name="text">Its text.</param>
    internal static RuleSetLoadResult LoadShipped(string path, string text)
    {
        var bag = new DiagnosticBag();
        return Finish(path, RuleSetReader.ReadTextDraft(path, text, bag, EmbeddedRuleFiles.Instance), bag, null);
    }

    /// <summary>
    /// Loads every rule set named by files or folders: a folder gives its own rule files; a file another named file
    /// includes is loaded only as part of that one. Problems finding the files come back as a failed result.
    /// </summary>
    /// <param name="paths">Rule files or folders of them.</param>
    public static IReadOnlyList<RuleSetLoadResult> LoadAll(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = paths.ToList();
        var bag = new DiagnosticBag();
        var roots = RuleSetReader.Roots(list, bag);
        if (bag.HasErrors) return [new RuleSetLoadResult(string.Join(", ", list), null, bag.Sorted())];
        return roots.Select(root => Load(root)).ToArray();
    }

    /// <summary>
    /// Compiles a rule set read without errors; when reading found errors, still type-checks the expressions of what
    /// could be read, so every problem comes back in one pass (and no rule set).
    /// </summary>
    private static RuleSetLoadResult Finish(string root, RuleSetRead read, DiagnosticBag bag, RuleSetLoadOptions? options)
    {
        if (read.HasErrors && read.Document is { } draft) RuleSetCompiler.Check(draft, bag);
        var share = options?.ShareCompiled ?? true;
        var compiled = read.Valid is not { } document || bag.HasErrors ? null
            : share ? CompiledRulesCache.Shared.GetOrCompile(document, bag) : RuleSetCompiler.Compile(document, bag);
        var budget = options?.Evaluation ?? EvaluationBudget.Default;
        var ruleSet = compiled is null || bag.HasErrors ? null : new PlanRuleSet(compiled.WithBudget(budget));
        return new RuleSetLoadResult(root, ruleSet, bag.Sorted(), read.Document?.Merge);
    }
}
