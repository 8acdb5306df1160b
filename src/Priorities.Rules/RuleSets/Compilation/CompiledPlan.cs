using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Compilation;

/// <summary>A rule set compiled to the engine: immutable and thread-safe; runs one session per assessment.</summary>
internal sealed class CompiledPlan
{
    public required RuleSetDocument Document { get; init; }

    /// <summary>Turns the assessment into facts in a canonical order, runs one session and reports hits and misses.</summary>
    public EvaluationOutcome Run(Assessment assessment, CancellationToken cancellationToken) =>
        throw new NotImplementedException("CompiledPlan.Run: being written.");
}
