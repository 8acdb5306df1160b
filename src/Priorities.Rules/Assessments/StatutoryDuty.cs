namespace Priorities.Assessments;

/// <summary>One statutory duty of Community Safety Partnerships: its legal basis and when it came into force.</summary>
/// <param name="Id">The duty id that assessments and rule sets use, such as <c>prevent</c>.</param>
/// <param name="Title">The duty's name for a board.</param>
/// <param name="Act">The Act, such as <c>Counter-Terrorism and Security Act 2015</c>.</param>
/// <param name="Section">The section or sections, such as <c>s.26</c>.</param>
/// <param name="Since">The day the duty came into force (for a pilot, the day the pilot began).</param>
/// <param name="PilotAreas">The areas a pilot duty applies to; null when the duty applies everywhere.</param>
internal sealed record StatutoryDuty(
    string Id, string Title, string Act, string Section, DateOnly Since, IReadOnlyList<PilotArea>? PilotAreas)
{
    /// <summary>The section and Act, such as <c>s.26 Counter-Terrorism and Security Act 2015</c>.</summary>
    public string Basis => PilotAreas is null ? $"{Section} {Act}" : $"{Section} {Act} (pilot areas only)";

    /// <summary>Whether the duty applies to the partnership: everywhere, or in a pilot area it names.</summary>
    public bool AppliesTo(Partnership partnership) =>
        PilotAreas is null || PilotAreas.Any(area => area.Matches(partnership));

    /// <summary>Whether the duty was in force on or before <paramref name="day"/>.</summary>
    public bool InForceBy(DateOnly day) => Since <= day;
}
