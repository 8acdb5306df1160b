using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Priorities.Results;

namespace Priorities.Reports.Tests;

/// <summary>The exempt annex holds what the public paper leaves out, and the paper says it exists.</summary>
public sealed class ExemptAnnexTests
{
    private const string Tension = "Community tension reported by the Prevent coordinator";

    [Fact]
    public void RenderExemptAnnex_Sample_HoldsEverySensitiveItemUnderTheSchedule12AHeading()
    {
        var annex = Annex(ReportSamples.Oxford(), ReportFormat.Markdown);

        Assert.StartsWith("# Exempt annex: Community Safety Rolling Plan 2026–27\n", annex, StringComparison.Ordinal);
        Assert.Contains("> **Exempt information:** Not for publication: exempt information under Schedule 12A to the Local Government Act 1972.", annex, StringComparison.Ordinal);
        Assert.Contains("## Exploitation and county lines\n", annex, StringComparison.Ordinal);
        Assert.Contains(ReportSamples.SensitiveSummary, annex, StringComparison.Ordinal);
        Assert.Contains(ReportSamples.SensitiveFinding, annex, StringComparison.Ordinal);
        Assert.Contains(ReportSamples.SensitiveExploitation, annex, StringComparison.Ordinal);
        Assert.Contains("## Hate crime (not selected)\n\nFindings:\n\n- " + Tension, annex, StringComparison.Ordinal);
        Assert.DoesNotContain("anti-social-behaviour in Oxford", annex, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_ExemptAnnex_PaperIsPublicAndSaysTheAnnexExists()
    {
        var options = ReportAssert.Options() with { ExemptAnnex = true };

        var paper = ReportWriter.RenderText(ReportSamples.Oxford(), ReportFormat.Markdown, options);

        Assert.Contains("- **Exempt information:** Yes: the exempt annex (Local Government Act 1972, Schedule 12A) holds the evidence marked sensitive.", paper, StringComparison.Ordinal);
        Assert.Contains("> **Exempt annex:** An exempt annex, not for publication (Local Government Act 1972, Schedule 12A), holds 5 items marked sensitive: "
            + "2 pieces of evidence and 3 rule findings.", paper, StringComparison.Ordinal);
        Assert.Contains("- **Version:** Public", paper, StringComparison.Ordinal);
        Assert.All([ReportSamples.SensitiveSummary, ReportSamples.SensitiveFinding, ReportSamples.SensitiveExploitation, Tension],
            secret => Assert.DoesNotContain(secret, paper, StringComparison.Ordinal));
    }

    [Fact]
    public void RenderExemptAnnex_NothingSensitive_SaysSoAndThePaperHasNoExemptInformation()
    {
        var plan = PaperPlans.OxfordSample();
        var options = ReportAssert.Options() with { ExemptAnnex = true };

        Assert.Contains("No evidence in this plan was marked sensitive.", Annex(plan, ReportFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains("- **Exempt information:** None\n", ReportWriter.RenderText(plan, ReportFormat.Markdown, options), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderExemptAnnex_Docx_HeaderMarksItExempt()
    {
        var bytes = ReportWriter.RenderExemptAnnex(ReportSamples.Oxford(), ReportFormat.Docx, ReportAssert.Options());

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        Assert.Equal("Exempt information: not for publication", document.MainDocumentPart!.HeaderParts.Single().Header!.InnerText);
        Assert.Contains(ReportSamples.SensitiveSummary, document.MainDocumentPart.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    private static string Annex(PlanResult plan, ReportFormat format) =>
        Encoding.UTF8.GetString(ReportWriter.RenderExemptAnnex(plan, format, ReportAssert.Options()));
}
