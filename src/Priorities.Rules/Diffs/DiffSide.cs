using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.Diffs;

/// <summary>What one side of a diff was made from: the rule set and the assessment.</summary>
/// <param name="RuleSet">The rule set's id, version and hash.</param>
/// <param name="Partnership">The assessment's partnership name.</param>
/// <param name="Period">The assessment's period.</param>
/// <param name="AssessmentSha256">The assessment's hash, as <see cref="PlanResult.AssessmentSha256"/>.</param>
public sealed record DiffSide(RuleSetInfo RuleSet, string Partnership, AssessmentPeriod Period, string? AssessmentSha256)
{
    internal static DiffSide Of(PlanResult plan) =>
        new(plan.RuleSet, plan.Partnership.Name, plan.Period, plan.AssessmentSha256);
}
