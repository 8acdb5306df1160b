using Priorities.Results;

namespace Priorities.Reports.Tests;

/// <summary>
/// The Oxford paper with the sensitivity analysis renders in Word (LibreOffice's layout) with its "How robust is this
/// order?" paragraph, and the robustness costs its body at most one page: the appendices start by page 10 (by page 9
/// without it, <see cref="PageFitTests"/>).
/// Skipped, saying why, where LibreOffice or poppler's pdftotext is not installed.
/// </summary>
public sealed class RobustnessPageFitTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("priorities-robust-pages-");

    private static PlanResult Plan => PaperPlans.WithDelivery(PaperPlans.OxfordSample());

    [SkippableFact]
    public void Render_OxfordDocxWithSensitivity_AppendicesStartByPage10InLibreOffice()
    {
        var soffice = ExternalTool.Find("soffice");
        var pdftotext = ExternalTool.Find("pdftotext");
        Skip.If(soffice is null, "LibreOffice (soffice) is not installed, so the Word paper's page count is not checked.");
        Skip.If(pdftotext is null, "pdftotext (poppler-utils) is not installed, so the Word paper's page count is not checked.");
        var docx = Path.Combine(folder.FullName, "paper.docx");
        var options = ReportAssert.Options() with { Sensitivity = RobustnessReportTests.OxfordAnalysis };
        File.WriteAllBytes(docx, ReportWriter.Render(Plan, ReportFormat.Docx, options));

        var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
        ExternalTool.Run(soffice!, TimeSpan.FromMinutes(4), "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
            "--outdir", folder.FullName, docx);

        var pdf = Path.Combine(folder.FullName, "paper.pdf");
        Assert.Contains("How robust is this order?", ExternalTool.Run(pdftotext!, TimeSpan.FromSeconds(60), pdf, "-"), StringComparison.Ordinal);
        Assert.InRange(ExternalTool.PageStarting(pdftotext!, pdf, "Appendix A: Evidence for each priority"), 2, 10);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
