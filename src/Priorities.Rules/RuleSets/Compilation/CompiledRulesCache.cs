using System.Collections.Concurrent;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Compilation;

/// <summary>
/// Compiled rule sets by content: loading files whose text (and paths) did not change returns the rules compiled
/// before, so a host that reloads or a tool that loads the same set many times compiles it once. Compiled rules are
/// immutable, so sharing them is safe. Bounded: when full it starts afresh.
/// </summary>
internal static class CompiledRulesCache
{
    private const int Capacity = 32;
    private static readonly ConcurrentDictionary<string, CompiledRules> Compiled = new(StringComparer.Ordinal);

    /// <summary>The cached compilation of the document's content, or a new compilation (cached when it has no diagnostics).</summary>
    /// <summary>Whether the compilation of a document is held (for tests of who may use the cache).</summary>
    public static bool Holds(RuleSetDocument document) => Compiled.ContainsKey(Key(document));

    public static CompiledRules? GetOrCompile(RuleSetDocument document, DiagnosticBag bag)
    {
        var key = Key(document);
        if (Compiled.TryGetValue(key, out var cached)) return cached;
        var before = bag.Items.Count;
        var compiled = RuleSetCompiler.Compile(document, bag);
        if (compiled is null || bag.Items.Count != before) return compiled;
        if (Compiled.Count >= Capacity) Compiled.Clear();
        return Compiled.GetOrAdd(key, compiled);
    }

    private static string Key(RuleSetDocument document) => document.Hash + "\n" + string.Join("\n", document.Files);
}
