using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Compilation;

/// <summary>
/// Compiled rule sets by content: loading files whose text (and paths) did not change returns the rules compiled
/// before, so a host that reloads or a tool that loads the same set many times compiles it once. Compiled rules are
/// immutable, so sharing them is safe. Bounded by bytes: each entry is charged what its compilation allocated (an
/// overestimate of what it keeps), and the oldest entries go when a new one would pass the budget; a compilation
/// larger than the whole budget is returned but not kept.
/// </summary>
internal sealed class CompiledRulesCache(long budgetBytes)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (CompiledRules Rules, long Bytes)> _entries = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private long _held;

    /// <summary>The process-wide cache <see cref="RuleSetLoader"/> uses.</summary>
    public static CompiledRulesCache Shared { get; } = new(RuleSetLoader.DefaultCompiledCacheBytes);

    /// <summary>The most bytes (as estimated) the entries may hold together.</summary>
    public long BudgetBytes
    {
        get { lock (_gate) return budgetBytes; }
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            lock (_gate)
            {
                budgetBytes = value;
                Evict(0);
            }
        }
    }

    /// <summary>The estimated bytes the entries hold.</summary>
    public long HeldBytes
    {
        get { lock (_gate) return _held; }
    }

    /// <summary>Whether the compilation of a document is held (for tests of who may use the cache).</summary>
    public bool Holds(RuleSetDocument document)
    {
        lock (_gate) return _entries.ContainsKey(Key(document));
    }

    /// <summary>The cached compilation of the document's content, or a new compilation (cached when it has no diagnostics).</summary>
    public CompiledRules? GetOrCompile(RuleSetDocument document, DiagnosticBag bag)
    {
        var key = Key(document);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var cached)) return cached.Rules;
        }
        var before = bag.Items.Count;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var compiled = RuleSetCompiler.Compile(document, bag);
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        if (compiled is null || bag.Items.Count != before) return compiled;
        lock (_gate) return Add(key, compiled, bytes);
    }

    private CompiledRules Add(string key, CompiledRules compiled, long bytes)
    {
        if (_entries.TryGetValue(key, out var raced)) return raced.Rules;
        if (bytes > budgetBytes) return compiled;
        Evict(bytes);
        _entries.Add(key, (compiled, bytes));
        _order.Enqueue(key);
        _held += bytes;
        return compiled;
    }

    /// <summary>Drops the oldest entries until <paramref name="room"/> more bytes fit in the budget.</summary>
    private void Evict(long room)
    {
        while (_held + room > budgetBytes && _order.TryDequeue(out var oldest))
        {
            _held -= _entries[oldest].Bytes;
            _entries.Remove(oldest);
        }
    }

    private static string Key(RuleSetDocument document) => document.Hash + "\n" + string.Join("\n", document.Files);
}
