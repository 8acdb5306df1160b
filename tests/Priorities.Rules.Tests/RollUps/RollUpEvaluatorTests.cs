using Priorities.Results;
using Priorities.RollUps;

namespace Priorities.Rules.Tests.RollUps;

public sealed class RollUpEvaluatorTests
{
    [Fact]
    public void Evaluate_ThreeOfFive_SelectsWithRationaleNamingTheDistricts()
    {
        var agreement = RollUpFixture.Agreement();

        var burglary = Assert.Single(agreement.Priorities, p => p.Id == "burglary");
        var asb = Assert.Single(agreement.Priorities, p => p.Id == "asb");
        Assert.Contains("Chosen by 4 districts: Cherwell, Oxford, South and Vale, Witney.", burglary.Rationale);
        Assert.Contains("Chosen by 3 districts: Cherwell, West Oxfordshire, Witney.", asb.Rationale);
        Assert.Equal(4, burglary.Score);
    }

    [Fact]
    public void Evaluate_InThePccPlanAndOneDistrict_SelectsNamingTheDistrict()
    {
        var drugs = Assert.Single(RollUpFixture.Agreement().Priorities, p => p.Id == "drugs");

        Assert.Contains("In the PCC plan and chosen by Oxford.", drugs.Rationale);
    }

    [Fact]
    public void Evaluate_OneDistrictOutsideThePccPlan_LeavesItOut()
    {
        var plan = RollUpFixture.Load(RollUpFixture.Plan, "districts.yaml");
        var plans = RollUpFixture.Plans(plan).Select(d => d with { Assessment = d.Assessment with { PccPriorities = [] } }).ToArray();

        var agreement = RollUpEvaluator.Evaluate(RollUpFixture.Load(RollUpFixture.RollUp, "county.yaml"), plans);

        Assert.DoesNotContain(agreement.Priorities, p => p.Id == "drugs");
        Assert.Contains(agreement.NotSelected, p => p.Id == "drugs");
    }

    [Fact]
    public void Evaluate_Partnership_IsTheRuleSetsUnlessNamedWithTheDistrictsAsAreas()
    {
        Assert.Equal("Safer County Partnership", RollUpFixture.Agreement().Partnership.Name);
        var named = RollUpFixture.Agreement("Oxfordshire");

        Assert.Equal("Oxfordshire", named.Partnership.Name);
        Assert.Equal(RollUpFixture.Districts.Select(d => d.Name), named.Partnership.Areas);
        Assert.Equal("county", named.RuleSet.Id);
    }

    [Fact]
    public void Evaluate_PlanRuleSet_Throws()
    {
        var plan = RollUpFixture.Load(RollUpFixture.Plan, "districts.yaml");

        var error = Assert.Throws<ArgumentException>(() => RollUpEvaluator.Evaluate(plan, RollUpFixture.Plans(plan)));
        Assert.Contains("kind: rollup", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SameDistrictsTwice_GivesTheSameJson()
    {
        Assert.Equal(PlanResultSerializer.ToJson(RollUpFixture.Agreement()), PlanResultSerializer.ToJson(RollUpFixture.Agreement()));
    }

    [Fact]
    public void Matrix_Of_GivesEachPriorityItsRankInEveryPlan()
    {
        var plan = RollUpFixture.Load(RollUpFixture.Plan, "districts.yaml");
        var plans = RollUpFixture.Plans(plan).Select(d => d.Plan).ToArray();
        var agreement = RollUpFixture.Agreement();

        var matrix = RollUpMatrix.Of(agreement, plans);

        Assert.Equal(RollUpFixture.Districts.Select(d => d.Name), matrix.Districts);
        Assert.Equal(agreement.Priorities.Select(p => p.Id), matrix.Rows.Take(agreement.Priorities.Count).Select(r => r.Id));
        var asb = Assert.Single(matrix.Rows, r => r.Id == "asb");
        Assert.Equal([plans[0].Priorities.Single(p => p.Id == "asb").Rank, null, null, 1, plans[4].Priorities.Single(p => p.Id == "asb").Rank], asb.Ranks);
        Assert.Equal(3, asb.Districts);
    }
}
