using Priorities.RuleSets.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets;

namespace Priorities.Hosting;

/// <summary>
/// Loads the configured rule set at construction (throwing <see cref="RuleSetLoadException"/> if it does not compile)
/// and, when watching, reloads it after edits: a reload that compiles is swapped in atomically, one that does not is
/// logged and the last good set keeps serving.
/// </summary>
internal sealed class RuleSetProvider : IRuleSetProvider, IDisposable
{
    private readonly Lock _reloadGate = new();
    private readonly IReadOnlyList<string> _paths;
    private readonly Func<IReadOnlyList<string>, RuleSetLoadResult> _load;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RuleSetWatcher? _watcher;
    private volatile Served _served;
    private volatile RuleSetLoadResult _lastLoad;

    public RuleSetProvider(IOptions<PrioritiesOptions> options, TimeProvider time, ILogger<RuleSetProvider>? logger = null)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)), time, logger ?? NullLogger<RuleSetProvider>.Instance, LoaderFor(options.Value))
    {
    }

    internal RuleSetProvider(PrioritiesOptions options, TimeProvider time, ILogger logger, Func<IReadOnlyList<string>, RuleSetLoadResult> load)
    {
        _paths = Configured(options);
        _time = time;
        _logger = logger;
        _load = load;
        var first = TryLoad();
        LogDiagnostics(first.Diagnostics);
        if (first.RuleSet is null) throw new RuleSetLoadException(first.Diagnostics);
        _lastLoad = first;
        _served = new Served(first.RuleSet, time.GetUtcNow(), 1);
        LogLoaded(first);
        if (!options.WatchForChanges || options.ShippedRuleSet is not null) return;
        _watcher = new RuleSetWatcher(time, options.ReloadDelay, OnChanged);
        WatchServed();
    }

    public PlanRuleSet RuleSet => _served.RuleSet;

    public RuleSetLoadResult LastLoad => _lastLoad;

    public DateTimeOffset LoadedAt => _served.LoadedAt;

    public int Generation => _served.Generation;

    /// <summary>Loads the rule set again now; swaps it in only if it compiles.</summary>
    /// <returns>True when a new rule set is served.</returns>
    internal bool Reload()
    {
        lock (_reloadGate)
        {
            var result = TryLoad();
            _lastLoad = result;
            LogDiagnostics(result.Diagnostics);
            var current = _served;
            if (result.RuleSet is null)
            {
                var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                HostingLog.ReloadRejected(_logger, result.Root, errors, current.RuleSet.Info.Id, current.RuleSet.Info.Version, current.RuleSet.Info.Hash);
                WatchServed(broken: true);
                return false;
            }
            _served = new Served(result.RuleSet, _time.GetUtcNow(), current.Generation + 1);
            LogLoaded(result);
            WatchServed();
            return true;
        }
    }

    public void Dispose() => _watcher?.Dispose();

    /// <summary>The configured rule paths, or the shipped rule set's name alone; exactly one of the two.</summary>
    private static IReadOnlyList<string> Configured(PrioritiesOptions options)
    {
        if (options.ShippedRuleSet is { } shipped)
        {
            return options.Rules.Count == 0 ? [shipped]
                : throw new RuleSetLoadException("Both PrioritiesOptions.Rules and a shipped rule set are configured: name one of them.");
        }
        return options.Rules.Count > 0 ? [.. options.Rules]
            : throw new RuleSetLoadException("No rule set is configured: add a rule file or folder to PrioritiesOptions.Rules or call UseShippedRuleSet.");
    }

    private static Func<IReadOnlyList<string>, RuleSetLoadResult> LoaderFor(PrioritiesOptions options)
    {
        Func<IReadOnlyList<string>, RuleSetLoadResult> load =
            options.ShippedRuleSet is null ? RuleSetSelection.LoadOne : paths => ShippedRuleSets.Load(paths[0]);
        var budget = options.Evaluation;
        return ReferenceEquals(budget, EvaluationBudget.Default) ? load : paths => load(paths).WithBudget(budget);
    }

    private RuleSetLoadResult TryLoad()
    {
        try
        {
            return _load(_paths);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            HostingLog.ReloadThrew(_logger, e, string.Join(", ", _paths));
            return RuleSetSelection.Failure(_paths, e);
        }
    }

    private void OnChanged(string path)
    {
        HostingLog.Changed(_logger, path);
        Reload();
    }

    /// <summary>
    /// Watches the served set's files; after a rejected edit, any YAML file of their folders too, so that creating an
    /// include the edit named (missing until now) reloads without touching the root again.
    /// </summary>
    private void WatchServed(bool broken = false)
    {
        var folders = _paths.Where(Directory.Exists);
        var files = _paths.Where(p => !Directory.Exists(p)).Concat(_served.RuleSet.Files);
        _watcher?.Watch(files, folders, anyYaml: broken);
    }

    private void LogLoaded(RuleSetLoadResult result)
    {
        var set = result.RuleSet!;
        HostingLog.Loaded(_logger, set.Info.Id, set.Info.Version, set.Info.Hash, result.Root, set.RuleCount, set.Catalogue.Count);
    }

    private void LogDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) HostingLog.Problem(_logger, diagnostic.ToString());
    }

    private sealed record Served(PlanRuleSet RuleSet, DateTimeOffset LoadedAt, int Generation);
}
