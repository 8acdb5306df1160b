using Microsoft.Extensions.Logging;

namespace Priorities.Hosting;

/// <summary>The log messages of the rule-set provider and the planner.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(1, LogLevel.Information, "Loaded rule set {Id} {Version} ({Hash}) from {Root}: {Rules} rules, {Priorities} priorities")]
    public static partial void Loaded(ILogger logger, string id, string version, string hash, string root, int rules, int priorities);

    [LoggerMessage(2, LogLevel.Warning, "{Diagnostic}")]
    public static partial void Problem(ILogger logger, string diagnostic);

    [LoggerMessage(3, LogLevel.Error, "Reload of {Root} failed with {Errors} errors; still serving rule set {Id} {Version} ({Hash})")]
    public static partial void ReloadRejected(ILogger logger, string root, int errors, string id, string version, string hash);

    [LoggerMessage(4, LogLevel.Information, "Rule file {Path} changed; reloading")]
    public static partial void Changed(ILogger logger, string path);

    [LoggerMessage(5, LogLevel.Debug, "Proposed a plan for {Partnership} with rule set {Id} in {Milliseconds} ms")]
    public static partial void Proposed(ILogger logger, string partnership, string id, double milliseconds);

    [LoggerMessage(6, LogLevel.Error, "Loading {Root} threw; reported as a failed load")]
    public static partial void ReloadThrew(ILogger logger, Exception exception, string root);
}
