namespace Priorities.Diffs;

/// <summary>Pairs the priorities of two plans by id and compares each pair.</summary>
internal static class PriorityComparer
{
    public static IReadOnlyList<PriorityDiff> Compare(IReadOnlyList<PlanEntry> news, IReadOnlyList<PlanEntry> olds, ScoringChanges scoring)
    {
        var oldById = olds.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var newIds = news.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var pairs = news.Select(n => (Old: oldById.GetValueOrDefault(n.Id) ?? PlanEntry.Absent(n.Id, n.Title), New: n))
            .Concat(olds.Where(o => !newIds.Contains(o.Id)).Select(o => (Old: o, New: PlanEntry.Absent(o.Id, o.Title))));
        return pairs.Select(pair => Diff(pair.Old, pair.New, scoring)).ToArray();
    }

    private static PriorityDiff Diff(PlanEntry oldEntry, PlanEntry newEntry, ScoringChanges scoring)
    {
        var contributions = ContributionComparer.Compare(oldEntry, newEntry, scoring);
        var (oldPlace, newPlace) = (oldEntry.Place, newEntry.Place);
        var delta = oldPlace.Score is { } before && newPlace.Score is { } after ? PlanEntries.Rounded(after - before) : (double?)null;
        return new PriorityDiff(newEntry.Id, newEntry.Title, oldPlace, newPlace)
        {
            ScoreDelta = delta,
            Contributions = contributions,
            Moved = Moved(oldPlace, newPlace) || contributions.Count > 0,
        };
    }

    /// <summary>Whether the state, rank, score or coverage differ (a threshold that moved with others is no move).</summary>
    private static bool Moved(PriorityPlace oldPlace, PriorityPlace newPlace) =>
        oldPlace.State != newPlace.State || oldPlace.Rank != newPlace.Rank
        || !Nullable.Equals(oldPlace.Score, newPlace.Score) || !Nullable.Equals(oldPlace.Coverage, newPlace.Coverage);
}
