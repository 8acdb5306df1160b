using System.Collections.Concurrent;
using Priorities.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Compilation;

/// <summary>
/// Compiled rule sets by content: loading files whose text (and paths) did not change returns the plan compiled
/// before, so a host that reloads or a tool that loads the same set many times compiles it once. Compiled plans are
/// immutable, so sharing them is safe. Bounded: when full it starts afresh.
/// </summary>
internal static class CompiledPlanCache
{
    private const int Capacity = 32;
    private static readonly ConcurrentDictionary<string, CompiledPlan> Plans = new(StringComparer.Ordinal);

    /// <summary>The cached plan for the document's content, or a new compilation (cached when it has no diagnostics).</summary>
    public static CompiledPlan? GetOrCompile(RuleSetDocument document, DiagnosticBag bag)
    {
        var key = document.Hash + "\n" + string.Join("\n", document.Files);
        if (Plans.TryGetValue(key, out var cached)) return cached;
        var before = bag.Items.Count;
        var compiled = RuleSetCompiler.Compile(document, bag);
        if (compiled is null || bag.Items.Count != before) return compiled;
        if (Plans.Count >= Capacity) Plans.Clear();
        return Plans.GetOrAdd(key, compiled);
    }
}
