using Priorities.Results;

namespace Priorities.RuleSets.Model;

/// <summary>What a catalogue entry says about delivering a priority: its lead, action plan, funding and measures.</summary>
/// <param name="Lead">Who leads it; null when not named.</param>
/// <param name="ActionPlan">The action plan's reference or URL; null when not named.</param>
/// <param name="Funding">The funding lines, in catalogue order.</param>
/// <param name="Measures">The measures, in catalogue order.</param>
internal sealed record CatalogueFields(
    PriorityLead? Lead, string? ActionPlan, IReadOnlyList<FundingLine> Funding, IReadOnlyList<MeasureDefinition> Measures)
{
    /// <summary>No lead, action plan, funding or measures.</summary>
    public static CatalogueFields None { get; } = new(null, null, [], []);
}
