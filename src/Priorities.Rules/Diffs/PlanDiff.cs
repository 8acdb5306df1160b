namespace Priorities.Diffs;

/// <summary>
/// What changed between two plans (<see cref="RuleSetDiffer"/>): the rules and scoring of the two rule sets, every
/// priority's old and new place with the contribution deltas that explain its move, and the priorities that entered or
/// left the plan with a sentence each. Immutable; <see cref="PlanDiffSerializer"/> writes it as JSON
/// (<c>rules/schemas/diff.schema.json</c>).
/// </summary>
public sealed record PlanDiff
{
    /// <summary><see cref="DiffKinds.RuleSets"/> or <see cref="DiffKinds.Assessments"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Whether both plans are public views (<see cref="Results.PublicView"/>): no sensitive item in either.</summary>
    public bool Public { get; init; }

    /// <summary>What the old plan was made from.</summary>
    public required DiffSide Old { get; init; }

    /// <summary>What the new plan was made from.</summary>
    public required DiffSide New { get; init; }

    /// <summary>Rules added, removed and changed by content (empty lists for one rule set).</summary>
    public required RuleChanges Rules { get; init; }

    /// <summary>Dimensions added, removed and changed, and the selection (empty for one rule set).</summary>
    public required ScoringChanges Scoring { get; init; }

    /// <summary>
    /// Every priority of either plan: the new plan's selected priorities in rank order, its candidates not selected,
    /// its evidence gaps, then those only the old plan has, in the old plan's order.
    /// </summary>
    public required IReadOnlyList<PriorityDiff> Priorities { get; init; }

    /// <summary>The ids of the priorities that moved (<see cref="PriorityDiff.Moved"/>), in <see cref="Priorities"/> order.</summary>
    public required IReadOnlyList<string> Movers { get; init; }

    /// <summary>Priorities in the new plan that were not in the old one, in the new plan's order.</summary>
    public required IReadOnlyList<PlanMove> Entered { get; init; }

    /// <summary>Priorities of the old plan that the new one leaves out, in the old plan's order.</summary>
    public required IReadOnlyList<PlanMove> Left { get; init; }

    /// <summary>Whether nothing changed: no rule, dimension, selection or priority change, and no movers.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Rules.IsEmpty && Scoring.IsEmpty && Movers.Count == 0 && Entered.Count == 0 && Left.Count == 0;
}
