using FsCheck;
using FsCheck.Xunit;
using Priorities.Results;

namespace Priorities.Rules.Tests.RollUps;

/// <summary>Several partnerships in one run: each plan is what evaluating that assessment alone gives.</summary>
public sealed class PlanBatchProperties
{
    private static readonly Lazy<Priorities.RuleSets.PlanRuleSet> Plan = new(() => RollUpFixture.Load(RollUpFixture.Plan, "districts.yaml"));

    /// <summary>Whatever the order (and repetitions) of the assessments, plans come in input order, each as if alone.</summary>
    [Property(MaxTest = 50)]
    public void EvaluateAll_AnyOrdering_Meets_Specification(int[] picks, int seed)
    {
        var districts = RollUpFixture.Districts;
        var assessments = (picks ?? []).Take(12)
            .Select(p => districts[Math.Abs(p % districts.Length)])
            .Select(d => RollUpFixture.Assessment(d.Name, d.Categories, d.Pcc, Math.Abs(seed % 7)))
            .ToArray();

        var plans = Plan.Value.EvaluateAll(assessments);

        Assert.Equal(assessments.Length, plans.Count);
        for (var i = 0; i < assessments.Length; i++)
            Assert.Equal(PlanResultSerializer.ToJson(Plan.Value.Evaluate(assessments[i])), PlanResultSerializer.ToJson(plans[i]));
    }

    [Fact]
    public void EvaluateAll_Empty_IsEmpty()
    {
        Assert.Empty(Plan.Value.EvaluateAll([]));
    }
}
