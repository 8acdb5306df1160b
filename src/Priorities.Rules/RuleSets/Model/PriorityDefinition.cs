using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>A catalogue entry: a priority a rule may propose.</summary>
/// <param name="Id">The priority's id, unique across the rule set and its includes.</param>
/// <param name="Title">The title a board reads.</param>
/// <param name="Theme">The theme it sits under.</param>
/// <param name="Covers">The category ids it covers.</param>
/// <param name="LegalBasis">The Act and section, for statutory duties.</param>
/// <param name="Description">A longer description, if any.</param>
/// <param name="Location">Where its catalogue entry starts.</param>
/// <param name="Catalogue">Its lead, action plan, funding and measures; null for none of them.</param>
internal sealed record PriorityDefinition(
    string Id,
    string Title,
    string Theme,
    IReadOnlyList<string> Covers,
    string? LegalBasis,
    string? Description,
    SourceLocation Location,
    CatalogueFields? Catalogue = null)
{
    /// <summary>Its lead, action plan, funding and measures (<see cref="CatalogueFields.None"/> when it has none).</summary>
    public CatalogueFields Fields => Catalogue ?? CatalogueFields.None;

    /// <summary>The id of the aim of the rule set's framework it serves, if it names one.</summary>
    public string? Aim { get; init; }
}
