using Priorities.Host.Cli;

namespace Priorities.Host.Tests.Cli;

public sealed class PublicPlanTests
{
    [Fact]
    public void Redact_SensitiveRuleAndEvidence_LeftOutWithTheirRationale()
    {
        var asb = PublicPlan.Redact(SamplePlans.Oxford()).Priorities[1];

        Assert.Equal(["rising-asb"], asb.Rules.Select(r => r.Id));
        Assert.Equal(["trend"], asb.Evidence.Select(e => e.Kind));
        Assert.Equal(["anti-social-behaviour rose 3.3% (393 to 406) in Oxford"], asb.Rationale);
    }

    [Fact]
    public void Redact_Scores_Unchanged()
    {
        var plan = SamplePlans.Oxford(3);

        var redacted = PublicPlan.Redact(plan);

        Assert.Equal(plan.Priorities.Select(p => (p.Id, p.Rank, p.Score)), redacted.Priorities.Select(p => (p.Id, p.Rank, p.Score)));
        Assert.Equal(plan.NotSelected.Select(c => (c.Id, c.Score, c.Shortfall)), redacted.NotSelected.Select(c => (c.Id, c.Score, c.Shortfall)));
        Assert.Same(plan.Priorities[1].Breakdown, redacted.Priorities[1].Breakdown);
    }

    [Fact]
    public void Redact_NothingSensitive_SameContent()
    {
        var prevent = SamplePlans.Prevent();

        var redacted = PublicPlan.Redact(SamplePlans.Oxford() with { Priorities = [prevent] }).Priorities[0];

        Assert.Equal(prevent.Rules, redacted.Rules);
        Assert.Equal(prevent.Evidence, redacted.Evidence);
        Assert.Equal(prevent.Rationale, redacted.Rationale);
    }
}
