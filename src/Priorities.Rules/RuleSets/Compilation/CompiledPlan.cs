using Priorities.Assessments;
using Priorities.Engine;
using Priorities.Engine.Facts;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Compilation;

/// <summary>A rule set compiled to the engine: immutable and thread-safe; runs one session per assessment.</summary>
internal sealed class CompiledPlan
{
    public required RuleSetDocument Document { get; init; }

    /// <summary>The engine's compiled rules: the rule set's own, then the hidden probes of priority-binding rules.</summary>
    public required CompiledRuleSet RuleSet { get; init; }

    /// <summary>Each rule of <see cref="Document"/>, in order, with what it proposes.</summary>
    public required IReadOnlyList<RulePlan> Rules { get; init; }

    /// <summary>Chaining limits of each session.</summary>
    public SessionOptions Options { get; init; } = SessionOptions.Default;

    /// <summary>Turns the assessment into facts in a canonical order, runs one session and reports hits and misses.</summary>
    /// <exception cref="RuleChainException">Rules kept deriving facts without settling.</exception>
    public EvaluationOutcome Run(Assessment assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var facts = FactConverter.Convert(AssessmentCanonicalizer.Canonicalize(assessment), Document.Priorities);
        var session = RuleSet.CreateSession(Options);
        var origins = new Dictionary<object, Evidence?>(ReferenceEqualityComparer.Instance);
        var priorities = new Dictionary<string, FactRecord>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            session.Insert(fact.Record.Type, fact.Record);
            origins[fact.Record] = fact.Evidence;
            if (ReferenceEquals(fact.Record.Type, AssessmentFactTypes.Priority)) priorities.TryAdd((string)fact.Record["id"]!, fact.Record);
        }
        SessionResult result;
        try
        {
            result = session.Fire(cancellationToken);
        }
        catch (ChainLimitExceededException e)
        {
            throw new RuleChainException(e.RuleIds, e.Message, e);
        }
        var hits = HitCollector.Collect(result, Rules, origins);
        var misses = new MissExplanations(session, result, Rules, Document.Priorities, priorities).Explain(hits, cancellationToken);
        return new EvaluationOutcome(hits, misses);
    }
}
