using Priorities.Results;

namespace Priorities.Host.Http;

/// <summary>The result of checking a rule set.</summary>
/// <param name="Valid">True when it compiles (it may still have warnings).</param>
/// <param name="RuleSet">Its id, version and hash, when valid.</param>
/// <param name="Diagnostics">Every error and warning, by file, line and column.</param>
internal sealed record ValidationJson(bool Valid, RuleSetInfo? RuleSet, IReadOnlyList<DiagnosticJson> Diagnostics);
