using Priorities.Assessments;
using Priorities.Engine;
using Priorities.Engine.Facts;
using Priorities.Engine.Network;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets;
using Priorities.RuleSets.Compilation;

namespace Priorities.Testing;

/// <summary>
/// Evaluates the tests' assessments keeping each engine session, and notes for every rule whether it fired and, for
/// each condition, whether it was seen to hold or fail: on the facts of each firing, and on the closest candidate
/// tuples of the why-not search (the ones <c>explain</c> reports), for every rule on every test's assessment, and for
/// a rule proposing a <c>priority</c> binding also with each priority bound, as the why-not of each priority searches.
/// </summary>
internal sealed class CoverageRecorder
{
    private const int Candidates = 16;
    private const int FiringsPerRule = 256;
    private const int PerPriority = 4;
    private readonly Dictionary<CompiledRules, (string File, RuleTally[] Rules)> _sets = new(ReferenceEqualityComparer.Instance);

    /// <summary>The plan of the assessment, as <see cref="PlanRuleSetExtensions.Evaluate"/> gives it, with its coverage noted.</summary>
    public PlanResult Evaluate(
        PlanRuleSet ruleSet, Assessment assessment, CancellationToken cancellationToken, IReadOnlyList<FactRecord>? extra = null)
    {
        var compiled = ruleSet.Compiled;
        var observed = ObservedEvaluation.Of(compiled, assessment, cancellationToken, extra);
        if (!_sets.TryGetValue(compiled, out var set))
            _sets[compiled] = set = (ruleSet.Files[0], compiled.Rules.Select(r => new RuleTally(r.Spec)).ToArray());
        if (observed.Outcome is { Session: { } session, Fired: { } fired }) Record(set.Rules, compiled.Rules, session, fired);
        return observed.Plan;
    }

    /// <summary>Every rule set the tests evaluated, by root file (then id).</summary>
    public IReadOnlyList<RuleSetCoverage> Results() => _sets
        .Select(s => new RuleSetCoverage(s.Key.Document.Id, s.Key.Document.Version, s.Value.File,
            s.Value.Rules.Select(r => r.ToCoverage()).ToArray()))
        .OrderBy(c => c.File, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal).ToArray();

    private static void Record(RuleTally[] rules, IReadOnlyList<CompiledRule> compiled, RuleSession session, SessionResult fired)
    {
        var firings = fired.Firings.ToLookup(f => f.RuleId, StringComparer.Ordinal);
        var priorities = session.Facts.Where(f => f.Type.Name == AssessmentFactTypes.PriorityName).Select(f => f.Fact).ToArray();
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            var own = firings[rule.Spec.Id].ToArray();
            if (own.Length > 0) rule.FiredIn++;
            foreach (var firing in own.Take(FiringsPerRule)) rule.Mark(firing.ExplainConditions());
            Search(rule, () => session.ExplainMisses(rule.Spec.Id, Candidates));
            if (compiled[i].Proposal is not { PatternIndex: >= 0 } proposal) continue;
            foreach (var priority in priorities)
                Search(rule, () => session.ExplainMisses(rule.Spec.Id, proposal.PatternIndex, priority, PerPriority));
        }
    }

    /// <summary>Marks what a why-not search saw; one that went over the session's budget adds nothing.</summary>
    private static void Search(RuleTally rule, Func<IReadOnlyList<CandidateExplanation>> search)
    {
        try
        {
            foreach (var candidate in search()) rule.Mark(candidate.Conditions);
        }
        catch (EvaluationBudgetExceededException)
        {
            // What the firings and the other searches showed stands.
        }
    }
}
