using FsCheck.Xunit;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Evaluation;
using Priorities.RuleSets;
using Priorities.Sensitivity;
using static Priorities.Rules.Tests.Sensitivity.SensitivityFixtures;

namespace Priorities.Rules.Tests.Sensitivity;

/// <summary>Re-scoring under other weights is exactly the plan those weights give.</summary>
public sealed class RescorerProperties
{
    private static readonly Lazy<PlanRuleSet> Oxford = new(() =>
        RuleSetLoader.Load(Path.Combine(Repository.Root, "rules", "oxford.yaml")).RuleSet!);

    private static readonly Lazy<Assessment> Sample = new(() =>
        AssessmentReader.Read(Path.Combine(Repository.Root, "samples", "oxford-city-2024.yaml")).Assessment!);

    /// <summary>The rule set's own weights give the plan's order (plan, not selected, gaps) and its selection.</summary>
    [Property(MaxTest = 200)]
    public void Rank_OwnWeights_Meets_Specification(int seed)
    {
        var fixture = Random(seed);
        var rescorer = Rescorer(fixture);
        var plan = global::Priorities.Rules.Tests.Evaluation.PlanFixtures.Build(fixture.Document, fixture.Outcome);

        var ranking = rescorer.Rank(rescorer.BaseWeights);

        Assert.Equal(FullOrder(plan), Ids(rescorer, ranking));
        Assert.Equal(plan.Priorities.Select(p => p.Id).Order(), SelectedIds(rescorer, ranking).Order());
    }

    /// <summary>Any weights give what the plan builder gives with those weights in the rule set.</summary>
    [Property(MaxTest = 200)]
    public void Rank_RandomWeights_Meets_Specification(int seed, int weightSeed)
    {
        var fixture = Random(seed);
        var rescorer = Rescorer(fixture);
        var random = new Random(weightSeed);
        var weights = rescorer.BaseWeights.Select(_ => random.Next(0, 41) / 8.0).ToArray();

        var ranking = rescorer.Rank(weights);

        var plan = Plan(fixture, weights);
        Assert.Equal(FullOrder(plan), Ids(rescorer, ranking));
        Assert.Equal(plan.Priorities.Select(p => p.Id).Order(), SelectedIds(rescorer, ranking).Order());
    }

    /// <summary>On the Oxford sample, re-scoring agrees with a full evaluation through WithWeights.</summary>
    [Property(MaxTest = 25)]
    public void Rank_OxfordWithWeights_Meets_Specification(int weightSeed)
    {
        var ruleSet = Oxford.Value;
        var canonical = AssessmentCanonicalizer.Canonicalize(Sample.Value);
        var rescorer = global::Priorities.Sensitivity.Rescorer.Create(
            ruleSet.Compiled.Document, canonical, PlanEvaluator.Run(ruleSet.Compiled, canonical, CancellationToken.None));
        var random = new Random(weightSeed);
        var weights = ruleSet.Dimensions.ToDictionary(d => d.Id, d => Math.Round(d.Weight * (0.5 + random.NextDouble()), 3));

        var ranking = rescorer.Rank(ruleSet.Dimensions.Select(d => weights[d.Id]).ToArray());

        var plan = ruleSet.WithWeights(weights).Evaluate(Sample.Value);
        Assert.Equal(FullOrder(plan), Ids(rescorer, ranking));
        Assert.Equal(plan.Priorities.Select(p => p.Id).Order(), SelectedIds(rescorer, ranking).Order());
    }

    private static IEnumerable<string> SelectedIds(Rescorer rescorer, Ranking ranking) =>
        ranking.Order.Where(i => ranking.Selected[i]).Select(i => rescorer.Candidates[i].Id);
}
