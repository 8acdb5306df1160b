using Priorities.RuleSets;
using Priorities.RuleSets.Model;

namespace Priorities.Host.Cli;

/// <summary>
/// <c>validate --explain-merge</c>: where every aim, priority, dimension and rule of a rule set came from (file, line,
/// column) and what a file that extends another overrode or removed.
/// </summary>
internal static class MergeExplanation
{
    public static string Format(RuleSetLoadResult result)
    {
        var table = new TextTable("Kind", "Id", "Declared at", "Merge").Limit(1, 40);
        foreach (var entry in result.Merge) table.Add(entry.Kind, entry.Id, entry.DeclaredAt, Change(entry));
        return $"Merge of {result.Root}:\n" + (result.Merge.Count == 0 ? "  (nothing could be read)\n" : table.Render("  "));
    }

    private static string Change(MergeEntry entry) => entry switch
    {
        { Action: MergeAction.Overridden } => $"overridden at {entry.ChangedAt}",
        { Action: MergeAction.Removed, Kind: "rule" } => $"removed with priority {string.Join(", ", entry.Fields)}",
        { Action: MergeAction.Removed } => $"removed at {entry.ChangedAt}",
        _ => "kept",
    };
}
