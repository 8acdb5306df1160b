using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Priorities.Reports;
using Priorities.Results;

namespace Priorities.Reports.Tests;

public sealed class PublicViewTests
{
    [Fact]
    public void Of_Oxford_LeavesOutSensitiveEvidenceFindingsAndTheirSentences()
    {
        var plan = ReportSamples.Oxford();

        var view = PublicView.Of(plan);

        Assert.Equal(2, view.WithheldEvidence);
        Assert.Equal(3, view.WithheldFindings);
        Assert.Equal(5, view.Withheld);
        Assert.DoesNotContain(view.Result.Priorities.SelectMany(p => p.Evidence), e => e.Sensitive);
        Assert.DoesNotContain(view.Result.Priorities.SelectMany(p => p.Rules).Concat(view.Result.NotSelected.SelectMany(c => c.Rules)), r => r.Sensitive);
        Assert.DoesNotContain(ReportSamples.SensitiveFinding, view.Result.Priorities.SelectMany(p => p.Rationale));
        Assert.DoesNotContain(view.Result.NotSelected.SelectMany(c => c.WhyNot), line => line.Contains("Community tension", StringComparison.Ordinal));
        Assert.Equal(plan.Priorities.Select(p => (p.Id, p.Score, p.Breakdown)), view.Result.Priorities.Select(p => (p.Id, p.Score, p.Breakdown)));
    }

    [Fact]
    public async Task Reports_PublicVersion_SayWhatTheyLeftOutAndLeaveItOut()
    {
        var plan = ReportSamples.Oxford();
        const string notice = "This public version leaves out 5 items marked sensitive: 2 pieces of evidence and 3 rule findings.";
        string[] reports = [ReportAssert.Markdown(plan, isPublic: true), ReportAssert.Html(plan, isPublic: true), await DocxReportTests.Text(plan, isPublic: true)];

        Assert.All(reports, report =>
        {
            Assert.Contains(notice, report, StringComparison.Ordinal);
            Assert.DoesNotContain(ReportSamples.SensitiveSummary, report, StringComparison.Ordinal);
            Assert.DoesNotContain(ReportSamples.SensitiveFinding, report, StringComparison.Ordinal);
            Assert.DoesNotContain(ReportSamples.SensitiveExploitation, report, StringComparison.Ordinal);
            Assert.DoesNotContain("Community tension", report, StringComparison.Ordinal);
            Assert.DoesNotContain("Not for publication", report, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Reports_FullVersion_ShowSensitiveItemsMarkedNotForPublication()
    {
        var plan = ReportSamples.Oxford();
        string[] reports = [ReportAssert.Markdown(plan), ReportAssert.Html(plan), await DocxReportTests.Text(plan, isPublic: false)];

        Assert.All(reports, report =>
        {
            Assert.Contains("This full version contains 5 items marked sensitive", report, StringComparison.Ordinal);
            Assert.Contains(ReportSamples.SensitiveSummary + " (sensitive)", report, StringComparison.Ordinal);
            Assert.Contains(ReportSamples.SensitiveFinding, report, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void RenderText_PublicWithNothingSensitive_SaysNothingWasLeftOut()
    {
        var plan = PublicView.Of(ReportSamples.Oxford()).Result;

        Assert.Contains("No evidence in this plan was marked sensitive, so this public version leaves nothing out.", ReportAssert.Markdown(plan, isPublic: true), StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property PublicView_Meets_Specification() => Prop.ForAll(
        Gen.ListOf(Gen.ListOf(ArbMap.Default.GeneratorFor<bool>())).ToArbitrary(),
        flags =>
        {
            var plan = WithSensitivity(flags);
            var view = PublicView.Of(plan);
            var kept = view.Result.Priorities.SelectMany(p => p.Evidence).ToArray();
            var expected = plan.Priorities.SelectMany(p => p.Evidence).Where(e => !e.Sensitive).ToArray();
            return kept.SequenceEqual(expected)
                && view.WithheldEvidence == flags.Sum(f => f.Count(s => s))
                && view.Result.Priorities.Count == plan.Priorities.Count;
        });

    private static PlanResult WithSensitivity(List<List<bool>> flags)
    {
        var template = ReportSamples.Oxford().Priorities[0];
        var priorities = flags.Select((row, i) => template with
        {
            Rank = i + 1,
            Id = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Evidence = row.Select((sensitive, j) => new Evidence("trend", null, null, $"fact {i}.{j}", null, sensitive)).ToArray(),
            Rules = [],
        }).ToArray();
        return ReportSamples.Oxford() with { Priorities = priorities };
    }
}
