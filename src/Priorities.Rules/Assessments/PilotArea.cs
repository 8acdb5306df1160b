namespace Priorities.Assessments;

/// <summary>An area named for a pilot duty: its name and ONS codes (Community Safety Partnership, local authority).</summary>
/// <param name="Name">The area's name, such as <c>Birmingham</c>.</param>
/// <param name="Codes">Its ONS codes: the CSP code (<c>E22…</c>, <c>W14…</c>) and the local authority codes.</param>
internal sealed record PilotArea(string Name, params string[] Codes)
{
    /// <summary>
    /// Whether a partnership is (or covers) this area: its code is one of the area's codes, or its name or one of its
    /// areas is the area's name (ignoring case).
    /// </summary>
    public bool Matches(Partnership partnership) =>
        (partnership.Code is { } code && Codes.Contains(code.Trim(), StringComparer.OrdinalIgnoreCase))
        || Same(partnership.Name) || partnership.Areas.Any(Same);

    private bool Same(string name) => string.Equals(name.Trim(), Name, StringComparison.OrdinalIgnoreCase);
}
