using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.RollUps;

/// <summary>One partnership's assessment and the plan a rule set proposed for it: an input of a roll-up.</summary>
/// <param name="Assessment">The district's assessment (its Police and Crime Plan priorities are read).</param>
/// <param name="Plan">Its plan.</param>
public sealed record DistrictPlan(Assessment Assessment, PlanResult Plan);
