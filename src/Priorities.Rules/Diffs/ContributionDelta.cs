namespace Priorities.Diffs;

/// <summary>
/// How one dimension's part of a priority's score moved between the two plans, taken from the results' breakdowns.
/// </summary>
/// <param name="Dimension">The dimension's id.</param>
/// <param name="Contribution">What it added to the total, old and new (null where the side does not score it).</param>
/// <param name="Delta">New contribution minus old (a side without it counts 0), to three decimal places.</param>
/// <param name="Causes">Why, from <see cref="DiffCauses"/>, in that class's order.</param>
public sealed record ContributionDelta(string Dimension, NumberChange Contribution, double Delta, IReadOnlyList<string> Causes)
{
    /// <summary>The weight, old and new.</summary>
    public required NumberChange Weight { get; init; }

    /// <summary>The band, lookup or plain score, old and new.</summary>
    public required NumberChange Score { get; init; }

    /// <summary>
    /// The raw value, old and new; null when either came from evidence marked sensitive
    /// (<see cref="Results.ScoreComponent.Sensitive"/>), so a diff never quotes one.
    /// </summary>
    public NumberChange? Raw { get; init; }

    /// <summary>The evidence state (<c>known</c> or <c>missing</c>), old and new, when it changed.</summary>
    public TextChange? Evidence { get; init; }

    /// <summary>Whether either side's raw value came from evidence marked sensitive.</summary>
    public bool Sensitive { get; init; }
}
