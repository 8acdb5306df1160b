using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets.Model;
using static Priorities.Rules.Tests.Evaluation.PlanFixtures;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class PlanBuilderExplanationTests
{
    private static readonly RuleSetDocument Cycle = Document(
        [Priority("cycle-crime", ["bicycle-theft"]), Priority("violence", ["violence-and-sexual-offences"])],
        [Dimension("trend", 1)],
        rules: [Rule("rising-cycle", "cycle-crime"), Rule("cycle-volume", "cycle-crime"), Rule("rising-violence", "violence")]);

    private static Assessment WithEvidence(params DataQualityNote[] notes) => Assessment() with
    {
        Trends =
        [
            new TrendFact { Category = "bicycle-theft", Area = "Oxford", Count = 12, PreviousCount = 9, Change = 3, ChangePct = 33.3, SmallNumbers = true, Source = "data.police.uk" },
            new TrendFact { Category = "violence-and-sexual-offences", Area = "Oxford", Count = 3400, PreviousCount = 3000, Change = 400, ChangePct = 13.3, Source = "data.police.uk" },
        ],
        DataQuality = notes,
    };

    private static RuleHit CycleHit(string rule, int sequence, string because, params Evidence[] evidence) =>
        new(rule, sequence, "cycle-crime", false, [new RawScore("trend", 33.3)], because, evidence, ["trend"]);

    [Fact]
    public void Build_Rationale_BecauseSentencesOnceThenCaveatsThenStatus()
    {
        var theft = Trend("bicycle-theft", "Oxford");
        var outcome = Outcome(
            CycleHit("rising-cycle", 2, "bicycle-theft rose 33.3% (9 to 12) in Oxford", theft),
            CycleHit("cycle-volume", 1, "bicycle-theft is common in Oxford", theft),
            CycleHit("rising-cycle", 3, "bicycle-theft rose 33.3% (9 to 12) in Oxford", theft));
        var result = Build(Cycle, outcome, WithEvidence());

        var cycle = result.Priorities.Single(p => p.Id == "cycle-crime");
        Assert.Equal(
            [
                "Bicycle-theft rose 33.3% (9 to 12) in Oxford.",
                "Bicycle-theft is common in Oxford.",
                "Caution: counts of bicycle theft in Oxford are small (12 against 9), so the percentage change means little.",
                RationaleWriter.New,
            ],
            cycle.Rationale);
        Assert.Equal([theft], cycle.Evidence);
        Assert.Equal(["cycle-volume", "rising-cycle", "rising-cycle"], cycle.Rules.Select(r => r.Id));
        Assert.Equal(["trend"], cycle.Rules[0].Tags);
    }

    [Fact]
    public void Build_DataQualityNotes_AffectPrioritiesCoveringTheirCategoryOrEvidenceArea()
    {
        var notes = new[]
        {
            new DataQualityNote { Kind = DataQualityKinds.RecordingChange, Category = "violence-and-sexual-offences", From = "2023-04", Message = "stalking and harassment now recorded as separate crimes" },
            new DataQualityNote { Kind = DataQualityKinds.MissingMonths, Area = "Oxford", From = "2024-11", Message = "No rows for Oxford in 2024-11." },
            new DataQualityNote { Kind = DataQualityKinds.MissingMonths, Area = "Cherwell", Message = "No rows for Cherwell in 2024-11." },
            new DataQualityNote { Kind = DataQualityKinds.SkippedRows, Count = 4, Message = "4 rows skipped." },
        };
        var violence = new RuleHit("rising-violence", 1, "violence", false, [new RawScore("trend", 13.3)], "violence rose", [Trend("violence-and-sexual-offences", "Oxford")], []);
        var result = Build(Cycle, Outcome(violence, CycleHit("rising-cycle", 2, "cycle rose")), WithEvidence(notes));

        var rationale = result.Priorities.Single(p => p.Id == "violence").Rationale;
        Assert.Contains("Caution: No rows for Oxford in 2024-11.", rationale);
        Assert.Contains("Caution: recording practice changed from 2023-04, so part of any change may reflect recording rather than crime: Stalking and harassment now recorded as separate crimes.", rationale);
        Assert.DoesNotContain(rationale, line => line.Contains("Cherwell", StringComparison.Ordinal) || line.Contains("skipped", StringComparison.Ordinal));
        var cycle = result.Priorities.Single(p => p.Id == "cycle-crime").Rationale;
        Assert.DoesNotContain(cycle, line => line.StartsWith("Caution", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SmallNumbersNoteForCoveredCategory_SaysItOnce()
    {
        var note = new DataQualityNote { Kind = DataQualityKinds.SmallNumbers, Category = "bicycle-theft", Area = "Oxford", Count = 12, Message = "bicycle-theft in Oxford: 12 against 9, too few." };
        var result = Build(Cycle, Outcome(CycleHit("rising-cycle", 1, "rose", Trend("bicycle-theft", "Oxford"))), WithEvidence(note));

        var caveats = result.Priorities.Single(p => p.Id == "cycle-crime").Rationale.Where(l => l.StartsWith("Caution", StringComparison.Ordinal));
        Assert.Equal(["Caution: counts of bicycle theft in Oxford are small (12 against 9), so the percentage change means little."], caveats);
    }

    [Fact]
    public void Build_SensitiveEvidence_FlagsFiredRule()
    {
        var result = Build(Cycle, Outcome(CycleHit("rising-cycle", 1, "rose", Trend("bicycle-theft", "Oxford", sensitive: true))), WithEvidence());

        Assert.True(result.Priorities.Single(p => p.Id == "cycle-crime").Rules.Single().Sensitive);
    }

    [Fact]
    public void Build_CanonicalAssessment_DataQualityAndSourcesInItsOrderSourcesOnce()
    {
        var b = new DataQualityNote { Kind = "b-kind", Message = "second" };
        var a = new DataQualityNote { Kind = "a-kind", Message = "first" };
        var assessment = AssessmentCanonicalizer.Canonicalize(WithEvidence(b, a) with { Sources = ["z source", "a source", "z source"] });
        var result = Build(Cycle, Outcome(), assessment);

        Assert.Equal([a, b], result.DataQuality);
        Assert.Equal(["a source", "z source"], result.Sources);
        Assert.Equal(assessment.Partnership, result.Partnership);
        Assert.Equal(assessment.Period, result.Period);
        Assert.Equal(assessment.PreviousPeriod, result.PreviousPeriod);
        Assert.Equal(new RuleSetInfo("test-set", "2026.1", new string('a', 64)), result.RuleSet);
    }

    [Fact]
    public void Build_SelectedWithoutHits_RationaleSaysNoRuleFound()
    {
        var document = Document([Priority("a")], [Dimension("harm", 1, missing: 3)]);
        var rationale = Build(document, Outcome()).Priorities.Single().Rationale;

        Assert.StartsWith("No rule found evidence for it", rationale[0], StringComparison.Ordinal);
    }
}
