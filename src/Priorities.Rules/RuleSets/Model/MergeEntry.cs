namespace Priorities.RuleSets.Model;

/// <summary>
/// Where one aim, priority, dimension or rule of a merged rule set came from and what became of it, as
/// <c>priorities validate --explain-merge</c> shows it.
/// </summary>
/// <param name="Kind"><c>aim</c>, <c>priority</c>, <c>dimension</c> or <c>rule</c>.</param>
/// <param name="Id">Its id.</param>
/// <param name="DeclaredAt">Where it is declared, <c>file:line:col</c>.</param>
/// <param name="Action">Kept, overridden or removed.</param>
/// <param name="ChangedAt">
/// Where it was removed; for an override, every place in merge order with the fields it set, as
/// <c>file:line:col (title, aim); …</c>; null when kept.
/// </param>
/// <param name="Fields">The fields overridden (all places together), or for a rule removed with its priority, that priority's id.</param>
public sealed record MergeEntry(
    string Kind, string Id, string DeclaredAt, MergeAction Action, string? ChangedAt, IReadOnlyList<string> Fields);
