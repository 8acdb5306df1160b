namespace Priorities.Adoption;

/// <summary>The values of <see cref="AdoptedPriority.Origin"/>.</summary>
public static class AdoptionOrigins
{
    /// <summary>In the proposal's plan.</summary>
    public const string Proposed = "proposed";

    /// <summary>Added by the board from the proposal's candidates not selected.</summary>
    public const string NotSelected = "not-selected";

    /// <summary>Added by the board from the proposal's evidence gaps.</summary>
    public const string EvidenceGap = "evidence-gap";

    /// <summary>Added by the board, no candidate of the proposal.</summary>
    public const string Board = "board";
}
