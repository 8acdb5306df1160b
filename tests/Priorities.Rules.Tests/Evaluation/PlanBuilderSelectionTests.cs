using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets.Model;
using static Priorities.Rules.Tests.Evaluation.PlanFixtures;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class PlanBuilderSelectionTests
{
    private static readonly DimensionDefinition[] HarmTrend = [Dimension("harm", 2), Dimension("trend", 1)];

    private static RuleHit Scored(string id, double harm, double trend, int sequence = 0) => Hit(id, sequence, ("harm", harm), ("trend", trend));

    [Fact]
    public void Build_TopAndMinScore_SelectsBestDiscretionaryInScoreOrder()
    {
        var document = Document([Priority("a"), Priority("b"), Priority("c"), Priority("d")], HarmTrend, top: 2, minScore: 5);
        var result = Build(document, Outcome(Scored("a", 1, 1), Scored("b", 4, 0), Scored("c", 3, 1), Scored("d", 2, 3)));

        Assert.Equal(["b", "c"], result.Priorities.Select(p => p.Id));
        Assert.Equal([1, 2], result.Priorities.Select(p => p.Rank));
        Assert.Equal(["d", "a"], result.NotSelected.Select(p => p.Id));
    }

    [Fact]
    public void Build_MandatoryBelowMinimum_IsSelectedAndRankedByScore()
    {
        var document = Document([Priority("prevent", legalBasis: "s.26 Counter-Terrorism and Security Act 2015"), Priority("b"), Priority("c")], HarmTrend, top: 1, minScore: 5);
        var duty = Hit("prevent", 0) with { Mandatory = true };
        var result = Build(document, Outcome(duty, Scored("b", 4, 0), Scored("c", 3, 0)));

        Assert.Equal(["b", "prevent"], result.Priorities.Select(p => p.Id));
        var prevent = result.Priorities[1];
        Assert.True(prevent.Mandatory);
        Assert.Equal("s.26 Counter-Terrorism and Security Act 2015", prevent.LegalBasis);
        Assert.Equal(2, prevent.Rank);
        Assert.Contains("Statutory duty: s.26 Counter-Terrorism and Security Act 2015.", prevent.Rationale);
    }

    [Fact]
    public void Build_MandatoryScoringHigher_RanksAfterDiscretionary()
    {
        var document = Document([Priority("a"), Priority("duty")], HarmTrend);
        var result = Build(document, Outcome(Scored("a", 1, 0), Scored("duty", 5, 0) with { Mandatory = true }));

        Assert.Equal(["a", "duty"], result.Priorities.Select(p => p.Id));
        Assert.Equal([1, 2], result.Priorities.Select(p => p.Rank));
    }

    [Fact]
    public void Build_EqualTotals_TieBreakDimensionThenCatalogueOrder()
    {
        var document = Document([Priority("a"), Priority("b"), Priority("c")], HarmTrend, tieBreak: ["trend"]);
        var result = Build(document, Outcome(Scored("a", 2, 0), Scored("b", 1, 2), Scored("c", 2, 0)));

        Assert.Equal(["b", "a", "c"], result.Priorities.Select(p => p.Id));
    }

    [Fact]
    public void Build_BelowMinimum_ShortfallAndWhyNotName()
    {
        var document = Document([Priority("a"), Priority("b")], HarmTrend, minScore: 20);
        var result = Build(document, Outcome(Scored("a", 10, 2), Scored("b", 8, 2)));

        var b = Assert.Single(result.NotSelected);
        Assert.Equal(2, b.Shortfall);
        Assert.Equal("Scored 18.0, 2.0 below the minimum score of 20.", b.WhyNot[0]);
        Assert.Equal("rule-b", Assert.Single(b.Rules).Id);
    }

    [Fact]
    public void Build_RankedOutByTop_ShortfallBehindLastSelected()
    {
        var document = Document([Priority("a"), Priority("b"), Priority("c")], HarmTrend, top: 2);
        var result = Build(document, Outcome(Scored("a", 10, 2), Scored("b", 10, 1.5), Scored("c", 8, 2)));

        var c = Assert.Single(result.NotSelected);
        Assert.Equal(3.5, c.Shortfall);
        Assert.Equal("Ranked 3rd of the discretionary candidates with 18.0; the plan takes the top 2; 3.5 below B (21.5).", c.WhyNot[0]);
    }

    [Fact]
    public void Build_TiedWithLastSelected_ZeroShortfallAndSaysTieBreak()
    {
        var document = Document([Priority("a"), Priority("b")], HarmTrend, top: 1, tieBreak: ["harm"]);
        var result = Build(document, Outcome(Scored("a", 5, 0), Scored("b", 4, 2)));

        var b = Assert.Single(result.NotSelected);
        Assert.Equal(0, b.Shortfall);
        Assert.Equal("Ranked 2nd of the discretionary candidates with 10.0; the plan takes the top 1; it tied with A (10.0) and lost the tie-break on harm (8.0 against 10.0).", b.WhyNot[0]);
    }

    [Fact]
    public void Build_TiedOnEverything_LosesOnCatalogueOrder()
    {
        var document = Document([Priority("a"), Priority("b")], HarmTrend, top: 1);
        var result = Build(document, Outcome(Scored("b", 5, 0), Scored("a", 5, 0)));

        Assert.Equal("a", Assert.Single(result.Priorities).Id);
        Assert.EndsWith("lost the tie-break on catalogue order.", result.NotSelected[0].WhyNot[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TopZero_OnlyMandatorySelected()
    {
        var document = Document([Priority("a"), Priority("duty")], HarmTrend, top: 0);
        var result = Build(document, Outcome(Scored("a", 5, 0), Hit("duty", 1) with { Mandatory = true }));

        Assert.Equal(["duty"], result.Priorities.Select(p => p.Id));
        Assert.Equal("Ranked 1st of the discretionary candidates with 10.0; the plan takes no discretionary priorities.", result.NotSelected[0].WhyNot[0]);
    }

    [Fact]
    public void Build_NoRuleFired_WhyNotListsMissesAndNoEvidence()
    {
        var document = Document([Priority("a"), Priority("b")], HarmTrend, minScore: 1);
        var misses = new[]
        {
            new RuleMiss("rule-b", "b", ["trend.changePct >= 10: burglary in Oxford was 6.3, short by 3.7", "trend.count >= 50: 12, short by 38"]),
        };
        var result = Build(document, new EvaluationOutcome([Scored("a", 1, 0)], misses));

        var b = Assert.Single(result.NotSelected);
        Assert.Equal(
            ["Scored 0.0, 1.0 below the minimum score of 1.", "rule-b: trend.changePct >= 10: burglary in Oxford was 6.3, short by 3.7", "rule-b: trend.count >= 50: 12, short by 38", WhyNotWriter.NoEvidence],
            b.WhyNot);
        Assert.Empty(b.Rules);
    }

    [Fact]
    public void Build_EveryCatalogueEntry_IsSelectedOrNotSelected()
    {
        var document = Document([Priority("a"), Priority("b"), Priority("c")], HarmTrend, top: 1);
        var result = Build(document, Outcome(Scored("c", 1, 0)));

        Assert.Equal(["a", "b", "c"], result.Priorities.Select(p => p.Id).Concat(result.NotSelected.Select(p => p.Id)).Order());
        Assert.Equal("c", result.Priorities[0].Id);
        Assert.Equal(["a", "b"], result.NotSelected.Select(p => p.Id));
    }

    [Fact]
    public void Build_Status_NewOrContinuing()
    {
        var document = Document([Priority("a"), Priority("b")], HarmTrend);
        var result = Build(document, Outcome(Scored("a", 1, 0), Scored("b", 1, 0)), Assessment(previousPlan: ["b"]));

        Assert.Equal(PriorityStatus.New, result.Priorities.Single(p => p.Id == "a").Status);
        Assert.Equal(PriorityStatus.Continuing, result.Priorities.Single(p => p.Id == "b").Status);
        Assert.Equal("Continuing from last year's plan.", result.Priorities.Single(p => p.Id == "b").Rationale[^1]);
        Assert.Equal("New priority this year.", result.Priorities.Single(p => p.Id == "a").Rationale[^1]);
    }

    [Fact]
    public void Build_PreviousPlanNotSelected_ReportedAsDroppedWithReason()
    {
        var document = Document([Priority("a"), Priority("b")], HarmTrend, minScore: 2);
        var result = Build(document, Outcome(Scored("a", 0.5, 0), Scored("b", 2, 0)), Assessment(previousPlan: ["a", "b", "old", "a"]));

        Assert.Equal(["a", "old"], result.Dropped.Select(d => d.Id));
        Assert.Equal("A", result.Dropped[0].Title);
        Assert.Equal("Not selected this year. Scored 1.0, 1.0 below the minimum score of 2.", result.Dropped[0].Reason);
        Assert.Null(result.Dropped[1].Title);
        Assert.Equal("No longer in the catalogue of rule set test-set 2026.1.", result.Dropped[1].Reason);
    }
}
