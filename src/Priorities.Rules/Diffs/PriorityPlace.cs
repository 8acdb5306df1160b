namespace Priorities.Diffs;

/// <summary>Where a priority stands in one of the two plans.</summary>
/// <param name="State">One of <see cref="PriorityStates"/>.</param>
public sealed record PriorityPlace(string State)
{
    /// <summary>
    /// The place: the plan's rank when selected; for a candidate not selected, its place after the plan (the number of
    /// selected priorities plus its position among those left out, best first); null for an evidence gap or absent.
    /// </summary>
    public int? Rank { get; init; }

    /// <summary>The total score; null for an evidence gap or absent.</summary>
    public double? Score { get; init; }

    /// <summary>The share of the total weight with evidence, 0–1; null when absent.</summary>
    public double? Coverage { get; init; }

    /// <summary>For a candidate not selected, the score it needed (its score plus its shortfall); null otherwise.</summary>
    public double? Threshold { get; init; }

    /// <summary>Whether it is in the plan.</summary>
    public bool Selected => State == PriorityStates.Selected;

    /// <summary>Whether it has a score and a breakdown (selected or not selected).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Scored => State is PriorityStates.Selected or PriorityStates.NotSelected;
}
