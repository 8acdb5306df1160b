using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.Rules.Tests.RuleSets.Compilation;
using Priorities.RuleSets;
using Priorities.RuleSets.Model;

namespace Priorities.Rules.Tests.Evaluation;

/// <summary>The evaluation budget under the shipped Oxford rules: the sample is far inside it, a join bomb is not.</summary>
public sealed class EvaluationBudgetTests
{
    private static readonly string Oxford = Path.Combine(Repository.Root, "rules", "oxford.yaml");
    private static readonly Lazy<Assessment> Sample = new(() =>
        AssessmentSerializer.FromYaml(File.ReadAllText(Path.Combine(Repository.Root, "samples", "oxford-city-2024.yaml"))));

    /// <summary>3,000 burglary trends and 3,000 burglary harm weights: nine million harm × trend pairs.</summary>
    private static Assessment Hostile()
    {
        var sample = Sample.Value;
        var trend = sample.Trends.First(t => t.Category == "burglary");
        var harm = sample.Harm.First(h => h.Category == "burglary");
        return sample with
        {
            Trends = Enumerable.Range(0, 3000).Select(i => trend with { Source = $"s{i}" }).ToArray(),
            Harm = Enumerable.Range(0, 3000).Select(i => harm with { Weight = i + 1 }).ToArray(),
        };
    }

    [Fact]
    public void Evaluate_HarmTrendJoinBomb_EndsWithPR5004AtTheJoiningRuleQuickly()
    {
        // A generous clock, so that the partial-match limit (not a busy machine's 2 s) is what stops it, every run.
        var budget = EvaluationBudget.Default with { MaxDuration = TimeSpan.FromSeconds(60) };
        var rules = RuleSetLoader.Load(Oxford, new RuleSetLoadOptions { Evaluation = budget }).RuleSet!;
        var hostile = Hostile();

        var e = Assert.Throws<RuleSetEvaluationException>(() => rules.Evaluate(hostile));

        Assert.Equal(("PR5004", "harm-cchi"), (e.Diagnostic?.Code, Assert.Single(e.RuleIds)));
        Assert.Equal(rules.Compiled.Document.Rules.Single(r => r.Id == "harm-cchi").Location, e.Diagnostic!.Location);
        Assert.Contains("partial matches", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SampleUnderHundredthOfDefaultBudget_Succeeds()
    {
        var budget = new EvaluationBudget
        {
            MaxPartialMatches = EvaluationBudget.Default.MaxPartialMatches / 100,
            MaxFirings = EvaluationBudget.Default.MaxFirings / 100,
            MaxDerivedFacts = EvaluationBudget.Default.MaxDerivedFacts / 100,
        };
        foreach (var file in new[] { "oxford.yaml", "matrix.yaml", "morile.yaml" })
        {
            var rules = RuleSetLoader.Load(Path.Combine(Repository.Root, "rules", file),
                new RuleSetLoadOptions { Evaluation = budget }).RuleSet!;

            Assert.NotEmpty(rules.Evaluate(Sample.Value).Priorities);
        }
    }

    [Fact]
    public void Evaluate_SampleOverConfiguredFiringBudget_EndsWithPR5004()
    {
        var rules = RuleSetLoader.Load(Oxford,
            new RuleSetLoadOptions { Evaluation = new EvaluationBudget { MaxFirings = 5 } }).RuleSet!;

        var e = Assert.Throws<RuleSetEvaluationException>(() => rules.Evaluate(Sample.Value));

        Assert.Equal("PR5004", e.Diagnostic?.Code);
        Assert.Contains("5 firings", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WhyNotSearchOverBudget_KeepsThePlanAndSaysWhyNotIsNotWorkedOut()
    {
        var file = Path.Combine(Repository.Root, "rules", "matrix.yaml");
        var full = PlanResultSerializer.ToJson(RuleSetLoader.Load(file).RuleSet!.Evaluate(Sample.Value));
        var cut = false;
        foreach (var limit in new long[] { 500, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000 })
        {
            var budget = EvaluationBudget.Default with { MaxPartialMatches = limit, MaxDuration = TimeSpan.FromSeconds(60) };
            var rules = RuleSetLoader.Load(file, new RuleSetLoadOptions { Evaluation = budget }).RuleSet!;
            PlanResult plan;
            try
            {
                plan = rules.Evaluate(Sample.Value);
            }
            catch (RuleSetEvaluationException e) when (e.Diagnostic?.Code == "PR5004")
            {
                continue;
            }
            var reasons = plan.NotSelected.SelectMany(c => c.WhyNot).ToArray();
            cut |= reasons.Any(r => r.EndsWith(MissExplanations.OverBudget, StringComparison.Ordinal));
            Assert.Equal(WithoutWhyNot(PlanResultSerializer.FromJson(full)), WithoutWhyNot(plan));
        }
        Assert.True(cut, "no budget stopped the why-not search after the matching had finished");
    }

    private static string WithoutWhyNot(PlanResult plan) => PlanResultSerializer.ToJson(
        plan with { NotSelected = plan.NotSelected.Select(c => c with { WhyNot = [], SensitiveLines = [] }).ToArray() });
}
