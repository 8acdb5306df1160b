using FsCheck.Xunit;
using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets.Model;
using static Priorities.Rules.Tests.Evaluation.PlanFixtures;

namespace Priorities.Rules.Tests.Evaluation;

/// <summary>A rationale line that compares unlike figures says so in the line, and the plan's data-quality notes list them.</summary>
public sealed class LikeWithLikeTests
{
    private static readonly TrendFact Asb = new()
    {
        Category = "anti-social-behaviour", Area = "Oxford", Count = 406, PreviousCount = 393, Change = 13, ChangePct = 3.3, Source = "data.police.uk",
    };

    private static readonly ConcernFact Csew = new()
    {
        Category = "anti-social-behaviour", Share = 0.14, Source = "CSEW", Date = "2019-01-01", Geography = Geographies.National,
    };

    private static Assessment QuarterOnQuarter => Assessment() with
    {
        Period = new AssessmentPeriod { Start = "2024-07", End = "2024-09" },
        PreviousPeriod = new AssessmentPeriod { Start = "2024-04", End = "2024-06" },
        Trends = [Asb],
        Concern = [Csew],
    };

    [Fact]
    public void Line_ChangeBetweenConsecutiveQuarters_CautionsSeasonal()
    {
        var line = Like(QuarterOnQuarter).Line(Hit("reads-change", Asb));

        Assert.StartsWith("ASB changed.", line, StringComparison.Ordinal);
        Assert.EndsWith("Caution: quarter on quarter (2024-07..2024-09 against 2024-04..2024-06), not year on year, so part of the change may be seasonal.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_ChangeYearOnYear_NoCaution()
    {
        var assessment = QuarterOnQuarter with { PreviousPeriod = new AssessmentPeriod { Start = "2023-07", End = "2023-09" } };

        Assert.Equal("ASB changed.", Like(assessment).Line(Hit("reads-change", Asb)));
    }

    [Fact]
    public void Line_AnnualCountOfAQuarter_CautionsScaled()
    {
        var line = Like(QuarterOnQuarter).Line(Hit("reads-annual", Asb));

        Assert.Contains("Caution: scaled to a year from 3 months (2024-07..2024-09)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("quarter on quarter", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_RuleReadsNeitherChangeNorAnnualCount_NoCautionForTheWindows() =>
        Assert.Equal("ASB changed.", Like(QuarterOnQuarter).Line(Hit("reads-count", Asb)));

    [Fact]
    public void Line_NationalConcernFiveYearsOld_CautionsBothInOneSentence()
    {
        var line = Like(QuarterOnQuarter).Line(Hit("reads-count", Csew));

        Assert.Equal("ASB changed. Caution: a national figure, not one for Oxford; measured 2019-01-01, 5 years before the end of the assessment period (2024-07..2024-09).", line);
    }

    [Theory]
    [InlineData("2021-09", false)]
    [InlineData("2021-08", true)]
    public void Line_EvidenceAge_OldOnlyBeyondThreeYears(string date, bool old)
    {
        var local = Csew with { Geography = null, Date = date };
        var line = Like(QuarterOnQuarter with { Concern = [local] }).Line(Hit("reads-count", local));

        Assert.Equal(old, line.Contains("years before the end of the assessment period", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_QuarterOnQuarterAndNationalOldConcern_RationaleAndDataQualityCarryThem()
    {
        var document = Document([Priority("anti-social-behaviour")], [Dimension("trend")], rules: Rules());
        var result = PlanFixtures.Build(document, Outcome(Hit("reads-change", Asb), Hit("reads-count", Csew)), QuarterOnQuarter);

        var rationale = Assert.Single(result.Priorities).Rationale;
        Assert.Contains(rationale, l => l.Contains("Caution: quarter on quarter", StringComparison.Ordinal));
        Assert.Contains(rationale, l => l.Contains("Caution: a national figure", StringComparison.Ordinal));
        Assert.Equal([DataQualityKinds.SeasonalComparison, DataQualityKinds.Annualised, DataQualityKinds.NotLocal, DataQualityKinds.OldEvidence],
            result.DataQuality.Select(n => n.Kind));
        Assert.All(result.DataQuality, n => Assert.Equal(1, n.Count));
    }

    /// <summary>
    /// A line that quotes a change is cautioned as seasonal exactly when its windows are not the same months a year
    /// apart; a line that quotes neither a change nor an annual figure is never cautioned about windows.
    /// </summary>
    [Property(MaxTest = 200)]
    public void Line_Meets_Specification(byte start, byte length, byte gap, bool sameLength, bool readsChange)
    {
        var first = (2020 * 12) + (start % 48);
        var months = (length % 12) + 1;
        var previousMonths = sameLength ? months : (months % 12) + 1;
        var previousStart = first - (gap % 24) - 1;
        var assessment = QuarterOnQuarter with
        {
            Period = Period(first, months),
            PreviousPeriod = Period(previousStart, previousMonths),
            Concern = [],
        };

        var line = Like(assessment).Line(Hit(readsChange ? "reads-change" : "reads-count", Asb));

        var yearApart = previousStart == first - 12 && previousMonths == months;
        Assert.Equal(readsChange && !yearApart, line.Contains("so part of the change may be seasonal", StringComparison.Ordinal));
        if (!readsChange) Assert.Equal("ASB changed.", line);
    }

    private static AssessmentPeriod Period(int first, int months) => new()
    {
        Start = $"{first / 12:D4}-{(first % 12) + 1:D2}",
        End = $"{(first + months - 1) / 12:D4}-{((first + months - 1) % 12) + 1:D2}",
    };

    private static LikeWithLike Like(Assessment assessment) =>
        new(Document([Priority("anti-social-behaviour")], [Dimension("trend")], rules: Rules()), assessment);

    private static RuleSpec[] Rules() =>
        [Reads("reads-change", "t.changePct"), Reads("reads-annual", "t.annualCount"), Reads("reads-count", "t.count")];

    private static RuleSpec Reads(string id, string score) => new(id, null, 0, [], [],
        new RuleConsequence("anti-social-behaviour", At, false, [new ScoreSpec("trend", At, SourceText.Plain(score, At))],
            SourceText.Plain("ASB changed", At), []), At);

    private static RuleHit Hit(string rule, TrendFact trend) => Hit(rule, EvidenceDescriber.Of(trend));

    private static RuleHit Hit(string rule, ConcernFact concern) => Hit(rule, EvidenceDescriber.Of(concern));

    private static RuleHit Hit(string rule, Evidence evidence) =>
        new(rule, 1, "anti-social-behaviour", false, [new RawScore("trend", 3.3)], "ASB changed", [evidence], []);
}
