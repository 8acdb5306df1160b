namespace Priorities.Reports.Tests;
public sealed class DumpTmp
{
    [Fact]
    public void Dump()
    {
        var plan = PaperPlans.WithDelivery(PaperPlans.OxfordSample());
        File.WriteAllBytes("/tmp/paper/full.docx", ReportWriter.Render(plan, ReportFormat.Docx, ReportAssert.Options()));
        File.WriteAllText("/tmp/paper/full.html", ReportAssert.Html(plan));
        File.WriteAllText("/tmp/paper/full.md", ReportAssert.Markdown(plan));
    }
}
