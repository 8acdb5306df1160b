namespace Priorities.RuleSets;

/// <summary>
/// One scoring dimension of a rule set as a caller sees it: what a weight slider or a sensitivity analysis needs.
/// </summary>
/// <param name="Id">The dimension's id, as rules name it under <c>score</c> and results name it in a breakdown.</param>
/// <param name="Weight">
/// Its weight: a multiplier for <c>weighted-sum</c> and <c>max</c>, an exponent for <c>product</c>.
/// </param>
/// <param name="Description">What it measures, if the rule set says.</param>
public sealed record ScoringDimension(string Id, double Weight, string? Description);
