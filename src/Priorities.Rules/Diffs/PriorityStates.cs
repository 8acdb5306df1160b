namespace Priorities.Diffs;

/// <summary>The values of <see cref="PriorityPlace.State"/>: where a priority stands in one plan.</summary>
public static class PriorityStates
{
    /// <summary>In the plan (<c>priorities</c>).</summary>
    public const string Selected = "selected";

    /// <summary>A candidate left out (<c>notSelected</c>).</summary>
    public const string NotSelected = "not-selected";

    /// <summary>Too little evidence to be assessed (<c>evidenceGaps</c>): no score.</summary>
    public const string EvidenceGap = "evidence-gap";

    /// <summary>No rule proposed it (or the rule set has no such priority): not in the plan's lists at all.</summary>
    public const string Absent = "absent";
}
