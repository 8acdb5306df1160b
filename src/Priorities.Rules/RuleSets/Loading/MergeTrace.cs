using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Loading;

/// <summary>Where every aim, priority, dimension and rule of a merged rule set came from (<c>--explain-merge</c>).</summary>
internal static class MergeTrace
{
    public static IReadOnlyList<MergeEntry> Build(
        IReadOnlyList<AimDefinition> aims, PriorityOverlay overlay, ScoringModel? scoring, IReadOnlyList<RuleSpec> rules,
        IReadOnlySet<string> removed)
    {
        var entries = aims.Select(a => Kept("aim", a.Id, a.Location.ToString())).ToList();
        entries.AddRange(overlay.Trace());
        entries.AddRange((scoring?.Dimensions ?? []).Select(d => Kept("dimension", d.Id, d.Location.ToString())));
        entries.AddRange(rules.Select(r => RuleSetMerger.ProposesRemoved(r, removed)
            ? new MergeEntry("rule", r.Id, r.Location.ToString(), MergeAction.Removed, null, [r.Then.Propose!])
            : Kept("rule", r.Id, r.Location.ToString())));
        return entries;
    }

    private static MergeEntry Kept(string kind, string id, string at) => new(kind, id, at, MergeAction.Kept, null, []);
}
