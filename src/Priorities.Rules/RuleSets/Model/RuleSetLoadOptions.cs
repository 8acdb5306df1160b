namespace Priorities.RuleSets.Model;

/// <summary>
/// Where and how much a rule set may read through its <c>include</c> entries, and how much work each evaluation with
/// it may do.
/// </summary>
public sealed record RuleSetLoadOptions
{
    /// <summary>The default largest rule file read: 1 MiB.</summary>
    public const long DefaultMaxFileBytes = 1024 * 1024;

    /// <summary>No root (includes may name any regular file) and the default size cap.</summary>
    public static RuleSetLoadOptions Default { get; } = new();

    /// <summary>
    /// The folder every included file must lie in, symbolic links resolved (null: anywhere). Diagnostics then name
    /// included files relative to it only.
    /// </summary>
    public string? IncludeRoot { get; init; }

    /// <summary>The largest included file read, in bytes; a larger one is an error and is not read.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>
    /// Whether the compiled rules are kept in the process-wide cache (bounded by
    /// <see cref="RuleSetLoader.CompiledCacheBytes"/>) so that loading the same files
    /// again costs nothing; true by default. A server that validates rule sets it will not serve turns it off, so
    /// that posted rule sets never stay in memory after their answer.
    /// </summary>
    public bool ShareCompiled { get; init; } = true;

    /// <summary>The budget of each evaluation with the loaded rule set; <see cref="EvaluationBudget.Default"/> unless set.</summary>
    public EvaluationBudget Evaluation { get; init; } = EvaluationBudget.Default;
}
