using Priorities.Results;

namespace Priorities.Diffs;

/// <summary>Every priority of one plan in order: selected by rank, then not selected, then evidence gaps.</summary>
internal static class PlanEntries
{
    public static IReadOnlyList<PlanEntry> Of(PlanResult plan)
    {
        var selected = plan.Priorities.Select(p => new PlanEntry(
            p.Id, p.Title, new PriorityPlace(PriorityStates.Selected) { Rank = p.Rank, Score = p.Score, Coverage = p.Coverage },
            p.Breakdown, p.Mandatory));
        var after = plan.Priorities.Count;
        var notSelected = plan.NotSelected.Select((c, i) => new PlanEntry(
            c.Id, c.Title,
            new PriorityPlace(PriorityStates.NotSelected)
            {
                Rank = after + i + 1, Score = c.Score, Coverage = c.Coverage, Threshold = Rounded(c.Score + c.Shortfall),
            },
            c.Breakdown, false));
        var gaps = plan.EvidenceGaps.Select(g => new PlanEntry(
            g.Id, g.Title, new PriorityPlace(PriorityStates.EvidenceGap) { Coverage = g.Coverage }, [], false));
        return [.. selected, .. notSelected, .. gaps];
    }

    /// <summary>To three decimal places, as results round scores.</summary>
    public static double Rounded(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);
}
