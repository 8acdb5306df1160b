namespace Priorities.Results;

/// <summary>Which rule set produced a result.</summary>
/// <param name="Id">The rule set's id.</param>
/// <param name="Version">Its version.</param>
/// <param name="Hash">SHA-256 (lowercase hex) of the content of its files, includes too.</param>
public sealed record RuleSetInfo(string Id, string Version, string Hash)
{
    /// <summary>
    /// Weights the caller put in place of the rule set's own (dimension id to weight, sorted by id), or null when the
    /// result used the rule set's weights. A result with weights here is a what-if, not the rule set's proposal.
    /// </summary>
    public IReadOnlyDictionary<string, double>? Weights { get; init; }
}
