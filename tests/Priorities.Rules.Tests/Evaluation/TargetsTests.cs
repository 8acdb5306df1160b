using Priorities.Assessments;
using Priorities.Results;
using Priorities.RuleSets;
using Priorities.Rules.Tests.Schemas;
using static Priorities.Rules.Tests.Evaluation.TargetsFixture;

namespace Priorities.Rules.Tests.Evaluation;

/// <summary>rules/targets.yaml and the plan's measures, on the worked example (rules/tests/fixtures).</summary>
public sealed class TargetsTests
{
    private static MeasureResult Measure(PlanResult plan, string id) => plan.Priorities.SelectMany(p => p.Measures).Single(m => m.Id == id);

    [Fact]
    public void Evaluate_WorkedExample_CarriesLeadActionPlanAndFunding()
    {
        var plan = RuleSet.Evaluate(Assessment());

        var asb = plan.Priorities.Single(p => p.Id == "anti-social-behaviour");
        Assert.Equal(new PriorityLead("Example City Council", "Community Safety Service Manager"), asb.Lead);
        Assert.Equal("https://example.org/community-safety/asb-action-plan", asb.ActionPlan);
        Assert.Equal(
            [new FundingLine("Community Safety Fund", 50000m, "GBP", "2024/25", "Town-centre ASB patrols"), new FundingLine("Safer Streets Fund", 12500.50m, "GBP", "2024/25", null)],
            asb.Funding);
        Assert.Equal(["asb-incidents", "asb-repeat-callers"], asb.Measures.Select(m => m.Id));
        Assert.Equal(new PriorityLead("Example Police", null), plan.Priorities.Single(p => p.Id == "domestic-abuse").Lead);
        Assert.Empty(plan.Priorities.Single(p => p.Id == "cycle-crime").Funding);
    }

    [Fact]
    public void Evaluate_WorkedExample_SummariesArePlainSentences()
    {
        var plan = RuleSet.Evaluate(Assessment());

        Assert.Equal("Off track: 412 in 2024/25 against a target of 380 by 2025/26 (baseline 450 in 2022/23)", Measure(plan, "asb-incidents").Summary);
        Assert.Equal("Off track: 130 in 2024/25 against a target of 96 (-20% on the baseline) by 2025/26 (baseline 120 in 2022/23)", Measure(plan, "asb-repeat-callers").Summary);
        Assert.Equal("No data: no actual against a target of 90 by 2025/26 (baseline 100 in 2022/23)", Measure(plan, "knife-crime").Summary);
        Assert.Equal("Achieved: 880 in 2024/25 against a target of 900 by 2025/26 (baseline 1,000 in 2022/23)", Measure(plan, "cycle-thefts").Summary);
    }

    [Fact]
    public void Evaluate_LatestActual_IsTheOneCompared()
    {
        var plan = RuleSet.Evaluate(Assessment());

        var measure = Measure(plan, "asb-incidents");
        Assert.Equal(new MeasurePoint(412, "2024/25", "police incident log"), measure.Actual);
        Assert.Equal(new MeasurePoint(450, "2022/23"), measure.Baseline);
        Assert.Equal(new MeasureTarget(380, null, "2025/26", 380), measure.Target);
    }

    [Fact]
    public void Evaluate_ActualForAMeasureTheRuleSetLacks_IsADataQualityNote()
    {
        var plan = RuleSet.Evaluate(Assessment());

        var note = Assert.Single(plan.DataQuality, n => n.Kind == DataQualityKinds.UnknownMeasure);
        Assert.Contains("'street-lighting-faults'", note.Message, StringComparison.Ordinal);
        Assert.Equal(1, note.Count);
    }

    [Theory]
    [InlineData("cycle-thefts", 900, "2023/24", "achieved", "green")]            // at the target exactly (down)
    [InlineData("cycle-thefts", 900.5, "2025/26", "missed", "red")]             // just short when the period ends
    [InlineData("cycle-thefts", 966, "2023/24", "on-track", "green")]           // a third of the way: the path is at 966.7
    [InlineData("cycle-thefts", 967, "2023/24", "off-track", "amber")]
    [InlineData("cycle-thefts", 1000, "2023/24", "off-track", "red")]           // no better than the baseline
    [InlineData("cycle-thefts", 1000, "2022/23", "on-track", "green")]          // at the baseline when nothing has passed
    [InlineData("victims-supported", 660, "2025/26", "achieved", "green")]      // up, changePct +10: 660
    [InlineData("victims-supported", 659, "2025/26", "missed", "red")]
    [InlineData("victims-supported", 620, "2023/24", "on-track", "green")]      // up, at the path exactly
    [InlineData("victims-supported", 619, "2023/24", "off-track", "amber")]
    [InlineData("victims-supported", 590, "2023/24", "off-track", "red")]       // up, below the baseline
    [InlineData("asb-repeat-callers", 96, "2024", "achieved", "green")]         // down, changePct -20: 96
    [InlineData("asb-repeat-callers", 110, "2026-06", "missed", "red")]         // a month after the target period
    public void Evaluate_Actual_StatusAndRagAsTargetsYamlDerives(string id, double value, string period, string status, string rag)
    {
        var plan = RuleSet.Evaluate(With("2026-12", Actual(id, value, period)));

        var measure = Measure(plan, id);
        Assert.Equal((status, rag), (measure.Status, measure.Rag));
    }

    [Fact]
    public void Evaluate_NoActualAfterTheTargetPeriod_StaysNoData()
    {
        var plan = RuleSet.Evaluate(With("2027-03"));

        Assert.All(plan.Priorities.SelectMany(p => p.Measures), m => Assert.Equal((MeasureStatus.NoData, MeasureStatus.Grey, null), (m.Status, m.Rag, m.Actual)));
    }

    [Fact]
    public void Evaluate_OffTrackOrMissed_RaisesThePriorityThroughPerformance()
    {
        var onTrack = RuleSet.Evaluate(With("2025-03", Actual("cycle-thefts", 900, "2024/25")));
        var missed = RuleSet.Evaluate(With("2026-03", Actual("cycle-thefts", 990, "2025/26")));

        Assert.Equal(1, onTrack.Priorities.Single(p => p.Id == "cycle-crime").Breakdown.Single(c => c.Dimension == "performance").Score);
        var cycle = missed.Priorities.Single(p => p.Id == "cycle-crime");
        Assert.Equal((5.0, 6.0), (cycle.Breakdown.Single(c => c.Dimension == "performance").Score, cycle.Score));
        Assert.Contains("Cycle thefts: target missed, 990 in 2025/26 against a target of 900 by 2025/26 (baseline 1,000 in 2022/23; test figures).", cycle.Rationale);
        Assert.Equal(1, cycle.Rank);
    }

    [Fact]
    public void ToJson_WorkedExample_RoundTripsAndValidatesAgainstResultSchema()
    {
        var plan = RuleSet.Evaluate(Assessment());

        var json = PlanResultSerializer.ToJson(plan);

        Assert.Empty(SchemaFiles.JsonErrors(SchemaFiles.Result, json));
        Assert.Equal(json, PlanResultSerializer.ToJson(PlanResultSerializer.FromJson(json)));
        Assert.Equal(plan.Priorities.SelectMany(p => p.Measures), PlanResultSerializer.FromJson(json).Priorities.SelectMany(p => p.Measures));
    }

    [Fact]
    public void Fixtures_AgainstTheirSchemas_AreValid()
    {
        Assert.Empty(SchemaFiles.Errors(SchemaFiles.RuleSet, File.ReadAllText(RuleSetPath)));
        Assert.Empty(SchemaFiles.Errors(SchemaFiles.Assessment, File.ReadAllText(AssessmentPath)));
    }

    [Fact]
    public void Evaluate_PackWithoutTargetsInclude_MeasuresAreNoData()
    {
        var text = File.ReadAllText(RuleSetPath).Replace("include: [../../targets.yaml]", "facts:\n  measureStatus: { measure: string, status: string, rag: string }", StringComparison.Ordinal);
        var withoutRules = string.Join('\n', text.Split('\n').TakeWhile(l => !l.StartsWith("  - id: performance-behind", StringComparison.Ordinal)));
        var loaded = RuleSetLoader.LoadText(RuleSetPath, withoutRules + "\n");

        var plan = loaded.RuleSet!.Evaluate(Assessment());

        Assert.All(plan.Priorities.SelectMany(p => p.Measures), m => Assert.Equal(MeasureStatus.NoData, m.Status));
    }
}
