namespace Priorities.Diffs;

/// <summary>
/// The one plain sentence on a priority that entered or left the plan: its largest contribution deltas in the
/// direction of the move with their causes (or the selection change, or the change of its state), then where it now
/// stands, such as "Cycle crime left the plan: the trend weight fell from 2 to 1, costing 4 points; it now scores 13
/// against a threshold of 15."
/// </summary>
internal static class MoveSentence
{
    private const int MostCauses = 2;

    public static string Left(PriorityDiff diff, ScoringChanges scoring)
    {
        var reasons = diff.New.State switch
        {
            PriorityStates.EvidenceGap => "it has too little evidence to be assessed now",
            PriorityStates.Absent => "no rule proposes it now",
            _ => Reasons(diff, falling: true) ?? Selection(scoring, falling: true) ?? "other priorities now score higher",
        };
        var now = diff.New.State switch
        {
            PriorityStates.NotSelected when diff.New.Threshold == diff.New.Score =>
                $"; it now scores {DiffText.Number(diff.New.Score)}, level with the last priority selected, and lost on the tie-break",
            PriorityStates.NotSelected =>
                $"; it now scores {DiffText.Number(diff.New.Score)} against a threshold of {DiffText.Number(diff.New.Threshold)}",
            PriorityStates.EvidenceGap => $": only {DiffText.Percent(diff.New.Coverage ?? 0)} of the scoring weight has evidence",
            _ => string.Empty,
        };
        return $"{diff.Title} left the plan: {reasons}{now}.";
    }

    public static string Entered(PriorityDiff diff, ScoringChanges scoring)
    {
        var reasons = diff.Old.State switch
        {
            PriorityStates.EvidenceGap =>
                $"it was an evidence gap (only {DiffText.Percent(diff.Old.Coverage ?? 0)} of the scoring weight had evidence)",
            PriorityStates.Absent => "no rule proposed it before",
            _ => Reasons(diff, falling: false) ?? Selection(scoring, falling: false) ?? "it now scores above other priorities",
        };
        var rank = diff.New.Rank is { } r ? $", ranked {DiffText.Ordinal(r)}" : string.Empty;
        return $"{diff.Title} entered the plan: {reasons}; it now scores {DiffText.Number(diff.New.Score)}{rank}.";
    }

    /// <summary>
    /// The largest deltas that push the way it moved, in words; when its own score moved the other way (it entered
    /// though its score fell, because others fell further), that; null when nothing pushes.
    /// </summary>
    private static string? Reasons(PriorityDiff diff, bool falling)
    {
        if (diff.ScoreDelta is { } delta && (falling ? delta > 0 : delta < 0))
            return $"its score {(falling ? "rose" : "fell")} from {DiffText.Number(diff.Old.Score)} to {DiffText.Number(diff.New.Score)}, "
                + (falling ? "but others rose further" : "but others fell further");
        var pushing = diff.Contributions.Where(c => falling ? c.Delta < 0 : c.Delta > 0)
            .OrderByDescending(c => Math.Abs(c.Delta)).ThenBy(c => c.Dimension, StringComparer.Ordinal)
            .Take(MostCauses).Select(CausePhrase.Of).ToArray();
        return pushing.Length == 0 ? null : string.Join(", and ", pushing);
    }

    /// <summary>The change of selection that pushes the way it moved, in words; null when none does.</summary>
    private static string? Selection(ScoringChanges scoring, bool falling)
    {
        if (scoring.MinScore is { } min && (min.New ?? 0) > (min.Old ?? 0) == falling)
            return $"the minimum score {DiffText.Moved(min.Old ?? 0, min.New ?? 0)} from {DiffText.Number(min.Old ?? 0)} to {DiffText.Number(min.New ?? 0)}";
        if (scoring.Top is { } top && (top.New ?? double.MaxValue) < (top.Old ?? double.MaxValue) == falling)
            return $"the plan takes {Top(top.New)} priorities, not {Top(top.Old)}";
        return null;
    }

    private static string Top(double? top) => top is { } t ? DiffText.Number(t) : "any number of";
}
