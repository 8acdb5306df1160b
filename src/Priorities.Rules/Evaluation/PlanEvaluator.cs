using Priorities.Assessments;
using Priorities.Diagnostics;
using Priorities.Engine;
using Priorities.Engine.Facts;
using Priorities.Results;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>
/// Evaluates an assessment with compiled rules: puts it in canonical order once, runs one engine session over its
/// facts, then scores, ranks and explains with <see cref="PlanBuilder"/>. The only code that runs the engine.
/// </summary>
internal static class PlanEvaluator
{
    /// <summary>The partnership's plan for the assessment; the order of its facts and lists never changes it.</summary>
    /// <exception cref="RuleSetEvaluationException">The rules could not evaluate the assessment.</exception>
    /// <param name="rules">The compiled rules.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="cancellationToken">Stops a long evaluation.</param>
    /// <param name="extra">Facts beyond the assessment's, inserted after them in this order (a roll-up's district facts).</param>
    public static PlanResult Evaluate(
        CompiledRules rules, Assessment assessment, CancellationToken cancellationToken, IReadOnlyList<FactRecord>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(assessment);
        var canonical = AssessmentCanonicalizer.Canonicalize(assessment);
        return PlanBuilder.Build(rules.Document, canonical, Run(rules, canonical, cancellationToken, extra));
    }

    /// <summary>Runs one session over an assessment already in canonical order and reports hits and misses.</summary>
    /// <exception cref="RuleSetEvaluationException">The rules could not evaluate the assessment.</exception>
    public static EvaluationOutcome Run(
        CompiledRules rules, Assessment canonical, CancellationToken cancellationToken, IReadOnlyList<FactRecord>? extra = null)
    {
        try
        {
            return RunSession(rules, canonical, extra ?? [], cancellationToken);
        }
        catch (ConditionOverflowException e)
        {
            var rule = rules.Rules.FirstOrDefault(r => r.Id == e.RuleId);
            throw NonFiniteValues.ConditionOverflow(rule, e.Condition, e.PatternIndex, rules.Document.Location, e);
        }
        catch (OverflowException e)
        {
            throw NonFiniteValues.Overflow(null, rules.Document.Location, e);
        }
        catch (EvaluationBudgetExceededException e)
        {
            var rule = rules.Document.Rules.FirstOrDefault(r => r.Id == e.RuleId);
            throw new RuleSetEvaluationException(RulesCodes.EvaluationBudgetExceeded,
                rule?.Location ?? rules.Document.Location, [e.RuleId], e.Message, e);
        }
    }

    private static EvaluationOutcome RunSession(
        CompiledRules rules, Assessment canonical, IReadOnlyList<FactRecord> extra, CancellationToken cancellationToken)
    {
        var session = rules.RuleSet.CreateSession(rules.Options);
        var origins = new FactOrigins();
        var priorities = new Dictionary<string, FactRecord>(StringComparer.Ordinal);
        foreach (var fact in FactConverter.Convert(canonical, rules.Document.Priorities))
        {
            origins.Add(session.Insert(fact.Record.Type, fact.Record), fact.Evidence);
            if (ReferenceEquals(fact.Record.Type, AssessmentFactTypes.Priority))
                priorities.TryAdd((string)fact.Record["id"]!, fact.Record);
        }
        foreach (var record in extra) session.Insert(record.Type, record);
        var result = Fire(session, rules.Document, cancellationToken);
        var hits = HitCollector.Collect(result, rules.Rules, origins);
        var (ratings, notes) = rules.Document.HasMeasures ? MeasureRatings.Read(result) : ([], []);
        return new EvaluationOutcome(hits, new MissExplanations(
            session, result, rules.Rules, rules.Document.Priorities, priorities, hits, cancellationToken))
        {
            Ratings = ratings,
            RatingNotes = notes,
            Session = session,
            Fired = result,
        };
    }

    /// <summary>Fires the session; what the engine cannot finish becomes the one evaluation error.</summary>
    private static SessionResult Fire(RuleSession session, RuleSetDocument document, CancellationToken token)
    {
        try
        {
            return session.Fire(token);
        }
        catch (ChainLimitExceededException e)
        {
            var first = e.RuleIds.Count == 0 ? null : document.Rules.FirstOrDefault(r => r.Id == e.RuleIds[0]);
            throw new RuleSetEvaluationException(
                RulesCodes.RulesDidNotSettle, first?.Location ?? document.Location, e.RuleIds, e.Message, e);
        }
        catch (RuleEngineException e) when (e is not EvaluationBudgetExceededException)
        {
            throw new RuleSetEvaluationException(RulesCodes.EngineFailed, document.Location, [], e.Message, e);
        }
    }
}
