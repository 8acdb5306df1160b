using Priorities.Assessments;
using Priorities.Engine.Facts;
using Priorities.Evaluation;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets.Model;
using Priorities.Rules.Tests.RuleSets.Compilation;
using static Priorities.Rules.Tests.RuleSets.Compilation.RuleSetFixture;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class PlanEvaluatorTests
{
    private readonly RuleSetFixture _f = new();

    /// <summary>What <see cref="PlanEvaluator.Evaluate"/> builds the plan from: one session over the canonical assessment.</summary>
    internal static EvaluationOutcome Run(CompiledRules rules, Assessment assessment) =>
        PlanEvaluator.Run(rules, AssessmentCanonicalizer.Canonicalize(assessment), CancellationToken.None);

    [Fact]
    public void Run_LiteralPropose_GivesOneHitPerMatchWithScoresBecauseEvidenceAndTags()
    {
        var rules = _f.Build(_f.Rule("rising", _f.Propose("serious-acquisitive-crime", "{t.category} rose {t.changePct}% to {t.count} in {t.area}", ("trend", "t.changePct")),
            _f.Fact("trend", "t", "t.category == 'burglary' and has(t.changePct) and t.changePct >= 10")));

        var outcome = Run(rules, Assessment(Trend("burglary", "Oxford", 1234, 1000), Trend("robbery", "Oxford", 200, 100)));

        var hit = Assert.Single(outcome.Hits);
        Assert.Equal(("rising", "serious-acquisitive-crime", false), (hit.RuleId, hit.PriorityId, hit.Mandatory));
        Assert.Equal(23.4, Assert.Single(hit.Scores).Raw);
        Assert.Equal("burglary rose 23.4% to 1,234 in Oxford", hit.Because);
        Assert.Equal("burglary in Oxford: 1,234 against 1,000 in the previous period (+23.4%)", Assert.Single(hit.Evidence).Summary);
        Assert.Equal(["tag-rising"], hit.Tags);
        Assert.Empty(outcome.Misses);
    }

    [Fact]
    public void Run_BindingPropose_ProposesEachPriorityWhoseFactJoins()
    {
        var rules = _f.Build(_f.Rule("covered", _f.Propose("p", "{p.title}: {p.covers}, small numbers {t.smallNumbers}"),
            _f.Fact("priority", "p"), _f.Fact("trend", "t", "t.category in p.covers and t.count >= 100")));

        var outcome = Run(rules, Assessment(Trend("robbery", "Oxford", 150, 100), Trend("violent-crime", "Oxford", 90, 100)));

        var hit = Assert.Single(outcome.Hits);
        Assert.Equal("serious-acquisitive-crime", hit.PriorityId);
        Assert.Equal("serious acquisitive crime: burglary, robbery, vehicle-crime, small numbers no", hit.Because);
        Assert.Equal(["anti-social-behaviour", "violence"], outcome.Misses.Select(m => m.PriorityId));
        Assert.Equal("no anti-social-behaviour trend: trend.count >= 100 not met: violence and sexual offences in Oxford count was 90, 10 short of 100",
            "no anti-social-behaviour trend: " + Assert.Single(outcome.Misses[1].Reasons));
    }

    [Fact]
    public void Run_NoneCountSumMinMaxAndTest_HoldAsSpecified()
    {
        var rules = _f.Build(_f.Rule("all", _f.Propose("violence", "{n} trends, {total} in all, {low} to {high}"),
            _f.Fact("assessment", "a"),
            _f.None("quality", "q", "q.kind == 'recording-change'"),
            _f.Aggregate(PatternForm.Count, "trend", "n", "t", "t.area in a.areas"),
            _f.Aggregate(PatternForm.Sum, "trend", "total", "t", null, "t.count"),
            _f.Aggregate(PatternForm.Min, "trend", "low", "t", null, "t.count"),
            _f.Aggregate(PatternForm.Max, "trend", "high", "t", null, "t.count"),
            _f.Test("n >= 2 and high - low > 10")));

        var fired = Run(rules, Assessment(Trend("robbery", "Oxford", 150, 100), Trend("burglary", "Oxford", 90, 100)));
        var blocked = Run(rules, Assessment(Trend("robbery", "Oxford", 150, 100), Trend("burglary", "Oxford", 90, 100)) with
        {
            DataQuality = [new DataQualityNote { Kind = DataQualityKinds.RecordingChange, Category = "burglary", Message = "new crime recording" }],
        });
        var tooFew = Run(rules, Assessment(Trend("robbery", "Oxford", 150, 100)));

        Assert.Equal("2 trends, 240 in all, 90 to 150", Assert.Single(fired.Hits).Because);
        Assert.Empty(blocked.Hits);
        Assert.Contains("no quality fact where q.kind == 'recording-change'", Assert.Single(Assert.Single(blocked.Misses).Reasons), StringComparison.Ordinal);
        Assert.Empty(tooFew.Hits);
    }

    [Fact]
    public void Run_DeriveAndChain_ProposesFromTheDerivedFactWithEvidenceTracedBack()
    {
        _f.Declare("hotspot", ("category", FieldType.String), ("area", FieldType.String), ("rise", FieldType.Number));
        var derive = new RuleSpec("spot", null, 5, [], [_f.Fact("trend", "t", "has(t.changePct) and t.changePct >= 20")],
            new RuleConsequence(null, null, false, [], null, [_f.Derive("hotspot", ("category", "t.category"), ("area", "t.area"), ("rise", "t.changePct"))]), At(2, 2));
        var use = _f.Rule("hot", _f.Propose("p", "hotspot {h.category} in {h.area}", ("trend", "h.rise")),
            _f.Fact("hotspot", "h"), _f.Fact("priority", "p", "h.category in p.covers"));
        var rules = _f.Build(derive, use);

        var outcome = Run(rules, Assessment(Trend("burglary", "Oxford", 130, 100), Trend("robbery", "Oxford", 105, 100)));

        var hit = Assert.Single(outcome.Hits);
        Assert.Equal(("serious-acquisitive-crime", "hotspot burglary in Oxford", 30.0), (hit.PriorityId, hit.Because, hit.Scores[0].Raw));
        Assert.Equal("trend", Assert.Single(hit.Evidence).Kind);
        Assert.StartsWith("burglary in Oxford: 130", hit.Evidence[0].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LiteralRuleThatMissed_SaysWhichConditionFailedAndByHowMuch()
    {
        var rules = _f.Build(_f.Rule("rising", _f.Propose("serious-acquisitive-crime", "x"),
            _f.Fact("trend", "t", "t.category == 'burglary' and has(t.changePct) and t.changePct >= 10")));

        var outcome = Run(rules, Assessment(Trend("burglary", "Oxford", 1063, 1000), Trend("robbery", "Oxford", 10, 100)));

        var miss = Assert.Single(outcome.Misses);
        Assert.Equal(("rising", "serious-acquisitive-crime"), (miss.RuleId, miss.PriorityId));
        Assert.Equal("trend.changePct >= 10 not met: burglary in Oxford changed by 6.3%, 3.7 short of 10", Assert.Single(miss.Reasons));
    }

    [Fact]
    public void Run_NoFactsOfAType_SaysNoneMatched()
    {
        var rules = _f.Build(_f.Rule("harmful", _f.Propose("violence", "x"), _f.Fact("harm", "h", "h.weight > 100")));

        var outcome = Run(rules, Assessment());

        Assert.Equal(["no harm facts matched"], Assert.Single(outcome.Misses).Reasons);
    }

    [Fact]
    public void Run_PriorityFacts_KnowPccAndContinuingAndTrendsKnowRecordingChanges()
    {
        var rules = _f.Build(
            _f.Rule("pcc", _f.Propose("p", "x"), _f.Fact("priority", "p", "p.pcc and p.continuing")),
            _f.Rule("recorded", _f.Propose("violence", "x"), _f.Fact("trend", "t", "t.recordingChange")));
        var assessment = Assessment(Trend("violent-crime", "Oxford", 10, 10), Trend("violent-crime", "Abingdon", 10, 10)) with
        {
            PccPriorities = ["robbery", "violence"],
            PreviousPlan = ["serious-acquisitive-crime"],
            DataQuality = [new DataQualityNote { Kind = DataQualityKinds.RecordingChange, Category = "violent-crime", Area = "Oxford", Message = "m" }],
        };

        var outcome = Run(rules, assessment);

        Assert.Equal([("pcc", "serious-acquisitive-crime"), ("recorded", "violence")], outcome.Hits.Select(h => (h.RuleId, h.PriorityId)));
        Assert.Equal("violence and sexual offences in Oxford: 10 against 10 in the previous period (0.0%)", outcome.Hits[1].Evidence[0].Summary);
    }

    [Fact]
    public void Run_ChainThatNeverSettles_ThrowsRuleSetEvaluationExceptionNamingTheRule()
    {
        _f.Declare("echo", ("n", FieldType.Integer));
        var seed = new RuleSpec("seed", null, 0, [], [_f.Fact("assessment", "a")],
            new RuleConsequence(null, null, false, [], null, [_f.Derive("echo", ("n", "0"))]), At(2, 2));
        var loop = new RuleSpec("loop", null, 0, [], [_f.Fact("echo", "e")],
            new RuleConsequence(null, null, false, [], null, [_f.Derive("echo", ("n", "e.n + 1"))]), At(3, 2));
        var rules = _f.Build(seed, loop);

        var e = Assert.Throws<RuleSetEvaluationException>(() => Run(rules, Assessment()));

        Assert.Contains("loop", e.RuleIds);
        Assert.Contains("'loop'", e.Message, StringComparison.Ordinal);
        Assert.Equal(("PR5001", e.Message), (e.Diagnostic?.Code, e.Diagnostic?.Message));
        Assert.Equal(At(3, 2), e.Diagnostic!.Location);
    }

    [Fact]
    public void Run_Concurrently_GivesTheSameOutcomeOnEveryThread()
    {
        var rules = _f.Build(_f.Rule("covered", _f.Propose("p", "{t.category} {t.count}", ("trend", "t.changePct")),
            _f.Fact("priority", "p"), _f.Fact("trend", "t", "t.category in p.covers and has(t.changePct) and t.changePct > 0")));
        var assessments = Enumerable.Range(0, 16)
            .Select(i => Assessment(Trend("burglary", "Oxford", 100 + i, 100), Trend("violent-crime", "Oxford", 100 - i, 100))).ToArray();
        var expected = assessments.Select(a => Describe(Run(rules, a))).ToArray();

        var actual = new string[assessments.Length];
        Parallel.For(0, assessments.Length * 4, k => actual[k % assessments.Length] = Describe(Run(rules, assessments[k % assessments.Length])));

        Assert.Equal(expected, actual);
    }

    internal static string Describe(EvaluationOutcome outcome) =>
        string.Join("\n", outcome.Hits.Select(h => $"{h.RuleId} {h.Sequence} {h.PriorityId} {string.Join(",", h.Scores)} {h.Because} [{string.Join("|", h.Evidence)}]")
            .Concat(outcome.Misses.Select(m => $"miss {m.RuleId} {m.PriorityId}: {string.Join("; ", m.Reasons)}")));
}
