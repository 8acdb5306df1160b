using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>A rule set's scoring model: method, dimensions in breakdown order, selection and tie-break.</summary>
/// <param name="Method">How dimension scores combine.</param>
/// <param name="Dimensions">The dimensions, in declared order.</param>
/// <param name="Selection">Top N and minimum score.</param>
/// <param name="TieBreak">Dimension ids whose contributions break ties, in order, before catalogue order.</param>
/// <param name="Location">Where the <c>scoring</c> key is.</param>
internal sealed record ScoringModel(
    ScoringMethod Method,
    IReadOnlyList<DimensionDefinition> Dimensions,
    SelectionPolicy Selection,
    IReadOnlyList<string> TieBreak,
    SourceLocation Location);
