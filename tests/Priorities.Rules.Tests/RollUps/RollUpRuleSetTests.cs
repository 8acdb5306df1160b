using Priorities.Diagnostics;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.RollUps;

public sealed class RollUpRuleSetTests
{
    [Fact]
    public void LoadText_RollUpFactInAPlanRuleSet_IsPR2110AtTheFactType()
    {
        var text = RollUpFixture.RollUp.Replace("kind: rollup\n", string.Empty, StringComparison.Ordinal);

        var result = RuleSetLoader.LoadText("county.yaml", text);

        var errors = result.Diagnostics.Where(d => d.Code == RulesCodes.RollUpFactInPlan).Select(d => d.Location.ToString()).ToArray();
        Assert.Equal(["county.yaml:16:18", "county.yaml:18:17", "county.yaml:23:17"], errors);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void LoadText_UnknownKind_IsPR2109()
    {
        var result = RuleSetLoader.LoadText("county.yaml", RollUpFixture.RollUp.Replace("kind: rollup", "kind: county", StringComparison.Ordinal));

        var error = Assert.Single(result.Diagnostics, d => d.Code == RulesCodes.UnknownKind);
        Assert.Equal("county.yaml:3:7", error.Location.ToString());
    }

    [Fact]
    public void LoadText_DeclaredTypeNamedLikeARollUpFact_IsRejected()
    {
        var result = RuleSetLoader.LoadText("plan.yaml", RollUpFixture.Plan + "\nfacts:\n  district: { name: string }\n");

        Assert.Contains(result.Diagnostics, d => d.Code == RulesCodes.DuplicateFactType && d.Message.Contains("'district'", StringComparison.Ordinal));
    }

    [Fact]
    public void IsRollUp_FollowsTheKind()
    {
        Assert.True(RollUpFixture.Load(RollUpFixture.RollUp, "county.yaml").IsRollUp);
        Assert.False(RollUpFixture.Load(RollUpFixture.Plan, "plan.yaml").IsRollUp);
    }
}
