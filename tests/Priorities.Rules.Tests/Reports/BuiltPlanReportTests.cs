using Priorities.Evaluation;
using Priorities.Reports;
using Priorities.Results;
using Priorities.Rules.Tests.Evaluation;

namespace Priorities.Rules.Tests.Reports;

/// <summary>Reports of a plan that the plan builder made, whose rationale rewrites the rules' sentences.</summary>
public sealed class BuiltPlanReportTests
{
    private const string Secret = "repeat victims at MARAC: 31% of cases";
    private const string Marker = "victims at MARAC: 31% of cases";

    [Fact]
    public void RenderText_PublicBuiltPlan_LeavesOutTheSensitiveRulesSentence()
    {
        var plan = Build();
        Assert.Contains(plan.Priorities.Single(p => p.Id == "domestic-abuse").Rationale, line => line.Contains(Marker, StringComparison.Ordinal));

        var full = ReportAssert.Markdown(plan);
        var published = ReportAssert.Markdown(plan, isPublic: true);

        Assert.Contains(Marker, full, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, published, StringComparison.Ordinal);
        Assert.DoesNotContain("MARAC", published, StringComparison.Ordinal);
        Assert.Contains("burglary rose in Oxford", published, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("leaves out 2 items marked sensitive: 1 piece of evidence and 1 rule finding.", published, StringComparison.Ordinal);
    }

    private static PlanResult Build()
    {
        var document = PlanFixtures.Document(
            [PlanFixtures.Priority("domestic-abuse"), PlanFixtures.Priority("burglary")],
            [PlanFixtures.Dimension("vulnerability", 2), PlanFixtures.Dimension("trend")]);
        var marac = new Evidence("vulnerability", "domestic-abuse", "Oxford", "MARAC repeat victims 31%", "Oxfordshire MARAC", Sensitive: true);
        var outcome = PlanFixtures.Outcome(
            new RuleHit("rule-domestic-abuse", 1, "domestic-abuse", false, [new RawScore("vulnerability", 3)], Secret, [marac], []),
            new RuleHit("rule-burglary", 2, "burglary", false, [new RawScore("trend", 2)], "burglary rose in Oxford", [PlanFixtures.Trend("burglary", "Oxford")], []));
        return PlanFixtures.Build(document, outcome);
    }
}
