namespace Priorities.Evaluation;

/// <summary>
/// The order of the plan and of ties: total (highest first); then mandatory first; then each tie-break dimension's
/// contribution (highest first); then catalogue order.
/// </summary>
internal sealed class TieBreakOrder(IReadOnlyList<string> tieBreak) : IComparer<Candidate>
{
    public IReadOnlyList<string> Dimensions => tieBreak;

    public int Compare(Candidate? x, Candidate? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var result = y.Total.CompareTo(x.Total);
        if (result == 0) result = y.Mandatory.CompareTo(x.Mandatory);
        foreach (var dimension in tieBreak)
        {
            if (result != 0) break;
            result = y.ContributionOf(dimension).CompareTo(x.ContributionOf(dimension));
        }
        return result != 0 ? result : x.CatalogueIndex.CompareTo(y.CatalogueIndex);
    }

    /// <summary>The first tie-break dimension on which <paramref name="winner"/> beat <paramref name="loser"/>, or null when only catalogue order split them.</summary>
    public string? DecidingDimension(Candidate winner, Candidate loser) =>
        tieBreak.FirstOrDefault(d => winner.ContributionOf(d).CompareTo(loser.ContributionOf(d)) != 0);
}
