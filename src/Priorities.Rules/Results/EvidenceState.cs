namespace Priorities.Results;

/// <summary>The values of <see cref="ScoreComponent.Evidence"/>.</summary>
public static class EvidenceState
{
    /// <summary>The dimension's score rests on evidence: a raw value, or the dimension's explicit missing score.</summary>
    public const string Known = "known";

    /// <summary>No fired rule gave the dimension a raw value and its missing score is unknown.</summary>
    public const string Missing = "missing";
}
