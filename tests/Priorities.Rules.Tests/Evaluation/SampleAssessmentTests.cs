using Priorities.Assessments;
using Priorities.Rules.Tests.RuleSets.Compilation;
using Priorities.RuleSets.Model;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class SampleAssessmentTests
{
    [Fact]
    public void Run_OxfordSample_ProposesForEveryCoveredRisingTrendAndExplainsTheRest()
    {
        var assessment = AssessmentSerializer.FromYaml(File.ReadAllText(System.IO.Path.Combine(Repository.Root, "samples", "oxford-city-2024.yaml")));
        var f = new RuleSetFixture();
        var rules = f.Build(f.Rule("rising", f.Propose("p", "{t.category} rose {t.changePct}% in {t.area}", ("trend", "t.changePct")),
            f.Fact("priority", "p"), f.Fact("trend", "t", "t.category in p.covers and has(t.changePct) and t.changePct >= 10 and not t.smallNumbers")));

        var outcome = PlanEvaluatorTests.Run(rules, assessment);

        var covered = f.Priorities.SelectMany(p => p.Covers.Select(c => (Priority: p.Id, Category: c))).ToList();
        var expected = assessment.Trends.Where(t => t.ChangePct >= 10 && !t.SmallNumbers)
            .SelectMany(t => covered.Where(c => c.Category == t.Category).Select(c => c.Priority)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, outcome.Hits.Select(h => h.PriorityId).Order(StringComparer.Ordinal));
        var missed = f.Priorities.Select(p => p.Id).Except(outcome.Hits.Select(h => h.PriorityId)).ToList();
        Assert.Equal(missed, outcome.Misses.Select(m => m.PriorityId));
        Assert.All(outcome.Misses, m => Assert.NotEmpty(m.Reasons));
        Assert.NotEmpty(outcome.Hits);
    }
}
