using Priorities.Assessments;
using Priorities.Engine;
using Priorities.Engine.Facts;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets;
using Priorities.RuleSets.Compilation;

namespace Priorities.Testing;

/// <summary>
/// Evaluates the tests' assessments keeping each engine session, and notes for every rule whether it fired and, for
/// each condition, whether it was seen to hold or fail: on the facts of each firing, and on the closest candidate
/// tuples of the why-not search (the ones <c>explain</c> reports), for every rule on every test's assessment.
/// </summary>
internal sealed class CoverageRecorder
{
    private const int Candidates = 16;
    private const int FiringsPerRule = 256;
    private readonly Dictionary<CompiledRules, (string File, RuleTally[] Rules)> _sets = new(ReferenceEqualityComparer.Instance);

    /// <summary>The plan of the assessment, as <see cref="PlanRuleSetExtensions.Evaluate"/> gives it, with its coverage noted.</summary>
    public PlanResult Evaluate(
        PlanRuleSet ruleSet, Assessment assessment, CancellationToken cancellationToken, IReadOnlyList<FactRecord>? extra = null)
    {
        var compiled = ruleSet.Compiled;
        var observed = ObservedEvaluation.Of(compiled, assessment, cancellationToken, extra);
        if (!_sets.TryGetValue(compiled, out var set))
            _sets[compiled] = set = (ruleSet.Files[0], compiled.Document.Rules.Select(r => new RuleTally(r)).ToArray());
        if (observed.Outcome is { Session: { } session, Fired: { } fired }) Record(set.Rules, session, fired);
        return observed.Plan;
    }

    /// <summary>Every rule set the tests evaluated, by root file (then id).</summary>
    public IReadOnlyList<RuleSetCoverage> Results() => _sets
        .Select(s => new RuleSetCoverage(s.Key.Document.Id, s.Key.Document.Version, s.Value.File,
            s.Value.Rules.Select(r => r.ToCoverage()).ToArray()))
        .OrderBy(c => c.File, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal).ToArray();

    private static void Record(RuleTally[] rules, RuleSession session, SessionResult fired)
    {
        var firings = fired.Firings.ToLookup(f => f.RuleId, StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var own = firings[rule.Spec.Id].ToArray();
            if (own.Length > 0) rule.FiredIn++;
            foreach (var firing in own.Take(FiringsPerRule)) rule.Mark(firing.ExplainConditions());
            try
            {
                foreach (var candidate in session.ExplainMisses(rule.Spec.Id, Candidates)) rule.Mark(candidate.Conditions);
            }
            catch (EvaluationBudgetExceededException)
            {
                // The search went over the session's budget: what the firings showed stands.
            }
        }
    }
}
