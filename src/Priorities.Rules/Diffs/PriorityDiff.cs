namespace Priorities.Diffs;

/// <summary>One priority in the old plan and the new, and the per-dimension deltas that explain the move.</summary>
/// <param name="Id">The catalogue id.</param>
/// <param name="Title">The title (the new rule set's, else the old one's).</param>
/// <param name="Old">Where it stood in the old plan.</param>
/// <param name="New">Where it stands in the new plan.</param>
public sealed record PriorityDiff(string Id, string Title, PriorityPlace Old, PriorityPlace New)
{
    /// <summary>New score minus old, to three decimal places; null unless both are scored.</summary>
    public double? ScoreDelta { get; init; }

    /// <summary>The dimensions whose contribution, weight, score, raw value or evidence changed, in breakdown order.</summary>
    public IReadOnlyList<ContributionDelta> Contributions { get; init; } = [];

    /// <summary>Whether it moved: its state, rank or score changed, or any dimension of its breakdown did.</summary>
    public bool Moved { get; init; }
}
