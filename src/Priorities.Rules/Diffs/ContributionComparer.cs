using Priorities.Results;

namespace Priorities.Diffs;

/// <summary>
/// The per-dimension deltas of one priority between two plans, from the two results' breakdowns, each with its causes:
/// the scoring changes of the rule sets say whether a weight or the bands moved, the breakdowns whether a raw value or
/// the evidence did.
/// </summary>
internal static class ContributionComparer
{
    public static IReadOnlyList<ContributionDelta> Compare(PlanEntry oldEntry, PlanEntry newEntry, ScoringChanges scoring)
    {
        if (!oldEntry.Place.Scored && !newEntry.Place.Scored) return [];
        var olds = oldEntry.Breakdown.ToDictionary(c => c.Dimension, StringComparer.Ordinal);
        var news = newEntry.Breakdown.ToDictionary(c => c.Dimension, StringComparer.Ordinal);
        var dimensions = newEntry.Breakdown.Select(c => c.Dimension)
            .Concat(oldEntry.Breakdown.Select(c => c.Dimension).Where(d => !news.ContainsKey(d)));
        var oneSided = oldEntry.Place.Scored != newEntry.Place.Scored;
        return dimensions
            .Select(d => (Old: olds.GetValueOrDefault(d), New: news.GetValueOrDefault(d), Dimension: d))
            .Where(pair => Differs(pair.Old, pair.New))
            .Select(pair => Delta(pair.Dimension, pair.Old, pair.New, oneSided ? [DiffCauses.NotScored] : Causes(pair.Old, pair.New, scoring)))
            .ToArray();
    }

    /// <summary>
    /// Whether the dimension's part differs: its contribution, score, raw value or evidence (a weight that changed with
    /// nothing to weigh, such as a duty without evidence on the dimension, moves nothing).
    /// </summary>
    private static bool Differs(ScoreComponent? oldPart, ScoreComponent? newPart) =>
        oldPart is null || newPart is null
            ? oldPart is not null || newPart is not null
            : oldPart.Contribution != newPart.Contribution || oldPart.Score != newPart.Score
                || !Nullable.Equals(oldPart.Raw, newPart.Raw) || oldPart.Evidence != newPart.Evidence;

    private static ContributionDelta Delta(string dimension, ScoreComponent? oldPart, ScoreComponent? newPart, IReadOnlyList<string> causes)
    {
        var sensitive = oldPart?.Sensitive == true || newPart?.Sensitive == true;
        return new ContributionDelta(
            dimension,
            new NumberChange(oldPart?.Contribution, newPart?.Contribution),
            PlanEntries.Rounded((newPart?.Contribution ?? 0) - (oldPart?.Contribution ?? 0)),
            causes)
        {
            Weight = new NumberChange(oldPart?.Weight, newPart?.Weight),
            Score = new NumberChange(oldPart?.Score, newPart?.Score),
            Raw = sensitive ? null : new NumberChange(oldPart?.Raw, newPart?.Raw),
            Evidence = oldPart is null || newPart is null || oldPart.Evidence == newPart.Evidence
                ? null : new TextChange(oldPart.Evidence, newPart.Evidence),
            Sensitive = sensitive,
        };
    }

    private static List<string> Causes(ScoreComponent? oldPart, ScoreComponent? newPart, ScoringChanges scoring)
    {
        if (oldPart is null) return [DiffCauses.DimensionAdded];
        if (newPart is null) return [DiffCauses.DimensionRemoved];
        var causes = new List<string>();
        if (oldPart.Weight != newPart.Weight) causes.Add(DiffCauses.Weight);
        var scoresChanged = scoring.Changed.Any(c => c.Id == newPart.Dimension && c.ScoresChanged);
        var rawMoved = !Nullable.Equals(oldPart.Raw, newPart.Raw);
        var scoreMoved = oldPart.Score != newPart.Score;
        if (scoreMoved && scoresChanged) causes.Add(DiffCauses.Bands);
        if (rawMoved || (scoreMoved && !scoresChanged && oldPart.Evidence == newPart.Evidence)) causes.Add(DiffCauses.Raw);
        if (oldPart.Evidence != newPart.Evidence) causes.Add(DiffCauses.Evidence);
        if (causes.Count == 0 && oldPart.Contribution != newPart.Contribution) causes.Add(DiffCauses.Rescaled);
        return causes;
    }
}
