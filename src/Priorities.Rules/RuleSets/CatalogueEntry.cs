using Priorities.Results;

namespace Priorities.RuleSets;

/// <summary>A priority of a rule set's catalogue.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Theme">Its theme.</param>
/// <param name="Covers">The category ids it covers.</param>
/// <param name="LegalBasis">The Act and section, for statutory duties.</param>
public sealed record CatalogueEntry(string Id, string Title, string Theme, IReadOnlyList<string> Covers, string? LegalBasis)
{
    /// <summary>Who leads it; null when the catalogue names no lead.</summary>
    public PriorityLead? Lead { get; init; }

    /// <summary>The action plan that delivers it (a reference or a URL); null when not named.</summary>
    public string? ActionPlan { get; init; }

    /// <summary>Its funding lines, in catalogue order.</summary>
    public IReadOnlyList<FundingLine> Funding { get; init; } = [];

    /// <summary>Its measures with their baselines and targets, in catalogue order.</summary>
    public IReadOnlyList<CatalogueMeasure> Measures { get; init; } = [];
    /// <summary>The id of the aim of the rule set's framework it serves; null when it names none.</summary>
    public string? Aim { get; init; }
}
