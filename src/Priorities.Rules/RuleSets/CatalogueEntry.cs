namespace Priorities.RuleSets;

/// <summary>A priority of a rule set's catalogue.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Theme">Its theme.</param>
/// <param name="Covers">The category ids it covers.</param>
/// <param name="LegalBasis">The Act and section, for statutory duties.</param>
public sealed record CatalogueEntry(string Id, string Title, string Theme, IReadOnlyList<string> Covers, string? LegalBasis)
{
    /// <summary>The id of the aim of the rule set's framework it serves; null when it names none.</summary>
    public string? Aim { get; init; }
}
