namespace Priorities.Diffs;

/// <summary>The rules of the new rule set against the old one's, by id, each list in ordinal order of ids.</summary>
/// <param name="Added">Rules only the new rule set has.</param>
/// <param name="Removed">Rules only the old rule set has.</param>
/// <param name="Changed">Rules both have whose content differs.</param>
public sealed record RuleChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<RuleChange> Changed)
{
    /// <summary>Whether no rule was added, removed or changed.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;
}
