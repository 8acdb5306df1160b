using Priorities.Assessments;
using Priorities.Results;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>Scores, ranks and explains: turns an engine session's hits and misses into a <see cref="PlanResult"/>.</summary>
internal static class PlanBuilder
{
    public static PlanResult Build(RuleSetDocument document, Assessment assessment, EvaluationOutcome outcome) =>
        throw new NotImplementedException("PlanBuilder: being written.");
}
