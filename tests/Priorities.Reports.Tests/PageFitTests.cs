using Priorities.Results;

namespace Priorities.Reports.Tests;

/// <summary>
/// The body of the Oxford paper (before the appendices) fits in 8 A4 pages in Word (LibreOffice's layout) and in print
/// (Chromium's), with a lead, action plan, funding and two measures for every priority. Skipped, saying why, where
/// LibreOffice or poppler's pdftotext is not installed.
/// </summary>
public sealed class PageFitTests : IDisposable
{
    private const string FirstAppendix = "Appendix A: Evidence for each priority";
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("priorities-pages-");

    private static PlanResult Plan => PaperPlans.WithDelivery(PaperPlans.OxfordSample());

    [SkippableFact]
    public void Render_OxfordDocx_AppendicesStartByPage9InLibreOffice()
    {
        var soffice = ExternalTool.Find("soffice");
        var pdftotext = ExternalTool.Find("pdftotext");
        Skip.If(soffice is null, "LibreOffice (soffice) is not installed, so the Word paper's page count is not checked.");
        Skip.If(pdftotext is null, "pdftotext (poppler-utils) is not installed, so the Word paper's page count is not checked.");
        var docx = Path.Combine(folder.FullName, "paper.docx");
        File.WriteAllBytes(docx, ReportWriter.Render(Plan, ReportFormat.Docx, ReportAssert.Options()));

        var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
        ExternalTool.Run(soffice!, TimeSpan.FromMinutes(4), "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", folder.FullName, docx);

        var pdf = Path.Combine(folder.FullName, "paper.pdf");
        var page = ExternalTool.PageStarting(pdftotext!, pdf, FirstAppendix);
        Assert.InRange(page, 2, 9);
        if (ExternalTool.Find("pdfimages") is { } pdfimages)
        {
            var images = ExternalTool.Run(pdfimages, TimeSpan.FromSeconds(60), "-list", pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(images.Length > 2, "LibreOffice's PDF of the Word paper has no image: the score chart is missing.");
        }
    }

    [SkippableFact]
    public void Render_OxfordHtml_AppendicesStartByPage9InPrint()
    {
        var pdftotext = ExternalTool.Find("pdftotext");
        Skip.If(pdftotext is null, "pdftotext (poppler-utils) is not installed, so the printed page count is not checked.");
        var html = Path.Combine(folder.FullName, "paper.html");
        File.WriteAllText(html, ReportAssert.Html(Plan));
        var pdf = Path.Combine(folder.FullName, "paper.pdf");

        ChromiumRunner.PrintToPdf(html, pdf);

        var page = ExternalTool.PageStarting(pdftotext!, pdf, FirstAppendix);
        Assert.InRange(page, 2, 9);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
