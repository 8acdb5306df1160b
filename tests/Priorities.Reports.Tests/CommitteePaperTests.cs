using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.Reports.Tests;

/// <summary>The committee paper's front sheet, implications, priorities by theme and performance tables.</summary>
public sealed class CommitteePaperTests
{
    private static readonly PlanResult Delivered = PaperPlans.WithDelivery(ReportSamples.Oxford());

    [Theory]
    [InlineData("2024-07", "2024-09", "Community Safety Rolling Plan 2025–26")]
    [InlineData("2024-04", "2025-03", "Community Safety Rolling Plan 2025–26")]
    [InlineData("2024-05", "2025-04", "Community Safety Rolling Plan 2026–27")]
    [InlineData("2098-01", "2099-12", "Community Safety Rolling Plan 2100–01")]
    public void RenderText_NoTitle_TitleIsThePlanYearAfterThePeriod(string start, string end, string title)
    {
        var plan = ReportSamples.Oxford() with { Period = new AssessmentPeriod { Start = start, End = end, Label = "July 2024 to September 2024" } };

        Assert.StartsWith("# " + title + "\n", ReportAssert.Markdown(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_Title_HeadsThePaperAndTheRecommendation()
    {
        var options = ReportAssert.Options() with { Title = "  Safer Oxford Plan 2026  " };

        var text = ReportWriter.RenderText(ReportSamples.Oxford(), ReportFormat.Markdown, options);

        Assert.StartsWith("# Safer Oxford Plan 2026\n", text, StringComparison.Ordinal);
        Assert.Contains("- **Recommendation:** The Board is recommended to endorse the Oxford Safer Communities Partnership Safer Oxford Plan 2026: "
            + "4 priorities chosen on the evidence and 3 statutory duties.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_LeadsAndMeasures_RecommendationNamesOnlyWhatThePlanHas()
    {
        var text = ReportAssert.Markdown(Delivered);

        Assert.Contains("statutory duties, with the leads and measures set out in this paper, and the funding of", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_Funding_FrontSheetAndFinancialImplicationsCarryTheFundingTable()
    {
        var text = ReportAssert.Markdown(Delivered);

        Assert.Contains("and the funding of £510,993 set out under financial implications.", text, StringComparison.Ordinal);
        Assert.Contains("- **Key decision:** Yes: the plan sets the partnership's priorities for every ward in its area and allocates £510,993.", text, StringComparison.Ordinal);
        Assert.Contains("| Priority | Fund | Year | Purpose | Amount |\n| --- | --- | --- | --- | ---: |\n"
            + "| Serious violence | Community Safety Fund | 2025/26 | outreach and prevention | £94,374 |\n", text, StringComparison.Ordinal);
        Assert.Contains("| Total |  |  |  | £510,993 |\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_Priority_HasLeadActionPlanFundingHistoryAndMeasuresWithRag()
    {
        var text = ReportAssert.Markdown(Delivered);
        var body = text[text.IndexOf("#### 4. Domestic abuse\n", StringComparison.Ordinal)..];
        body = body[..body.IndexOf("\n### ", StringComparison.Ordinal)];

        Assert.Contains("- **Lead:** Thames Valley Police; action plan: OSCP action plan domestic-abuse\n", body, StringComparison.Ordinal);
        Assert.Contains("- **Funding:** Community Safety Fund £72,999 (2025/26) for outreach and prevention\n", body, StringComparison.Ordinal);
        Assert.Contains("- **Status:** Continuing since 2021\n", body, StringComparison.Ordinal);
        Assert.Contains("- **Since last year:** Recorded offences: 215 last year, 203 this year.\n", body, StringComparison.Ordinal);
        Assert.Contains("| Measure | Baseline | Target | Actual | Status | RAG |\n", body, StringComparison.Ordinal);
        Assert.Contains("| Recorded offences: Domestic abuse | 430 offences (2023/24) | 387 offences (-10%) by 2026/27 | 385 offences (2024/25) | Achieved | Green |", body, StringComparison.Ordinal);
        Assert.Contains("| Repeat victims: Domestic abuse | 33% (2023/24) | 25% by 2026/27 | 32% (2024/25) | Missed | Red |", body, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_Measures_SummaryTableAcrossThePlanAndCountsByRag()
    {
        var text = ReportAssert.Markdown(Delivered);

        Assert.Contains("Performance: of 14 measures with a target, 5 green, 3 amber, 3 red and 3 without data.", text, StringComparison.Ordinal);
        var table = text[text.IndexOf("## Performance against targets", StringComparison.Ordinal)..text.IndexOf("## What changed", StringComparison.Ordinal)];
        Assert.Equal(Delivered.Priorities.Count, table.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal)) - 2);
        Assert.Contains("| Priority | Green | Amber | Red | No data | Behind target |\n", table, StringComparison.Ordinal);
        Assert.Contains("| Domestic abuse | 1 | 0 | 1 | 0 | Repeat victims: Domestic abuse (red) |\n", table, StringComparison.Ordinal);
        Assert.Contains("| Anti-social behaviour | 1 | 1 | 0 | 0 | Repeat victims: Anti-social behaviour (amber) |\n", table, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_History_ReturningAndDroppedWithTheYearLastAdopted()
    {
        var returning = Delivered.Priorities[2] with { Status = PriorityStatus.Returning, Since = null };
        var plan = Delivered with { Priorities = [.. Delivered.Priorities.Take(2), returning, .. Delivered.Priorities.Skip(3)] };

        var text = ReportAssert.Markdown(plan);

        Assert.Contains("| Anti-social behaviour | Returning: in an earlier plan, not in last year's |", text, StringComparison.Ordinal);
        Assert.Contains("| Fear of crime | Dropped (last adopted 2022). Not selected: scored 9, 3 below the last selected priority. |", text, StringComparison.Ordinal);
        Assert.Contains("Continuing from last year's plan: Serious violence (since 2021), Domestic abuse (since 2021) and Prevent (since 2023).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_Html_RagCellsAreClassedAndTablesHaveColumnWidths()
    {
        var document = ReportAssert.ParseXhtml(ReportAssert.Html(Delivered));
        var tables = document.Descendants(ReportAssert.Xhtml + "table").ToArray();

        Assert.All(tables, t => Assert.Equal(
            t.Element(ReportAssert.Xhtml + "thead")!.Descendants(ReportAssert.Xhtml + "th").Count(),
            t.Element(ReportAssert.Xhtml + "colgroup")!.Elements(ReportAssert.Xhtml + "col").Count()));
        var rag = document.Descendants(ReportAssert.Xhtml + "td").Where(td => ((string?)td.Attribute("class"))?.StartsWith("rag ", StringComparison.Ordinal) == true).ToArray();
        Assert.Equal(14, rag.Length);
        Assert.Contains(rag, td => (string?)td.Attribute("class") == "rag rag-red" && td.Value == "Red");
    }

    [Fact]
    public void RenderText_Html_PrintStylesSetA4AndStartAppendicesOnANewPage()
    {
        var css = ReportAssert.ParseXhtml(ReportAssert.Html(Delivered)).Descendants(ReportAssert.Xhtml + "style").Single().Value;

        Assert.Contains("size: A4", css, StringComparison.Ordinal);
        Assert.Contains(".new-page { break-before: page;", css, StringComparison.Ordinal);
        Assert.Contains("table-layout: fixed", css, StringComparison.Ordinal);
        Assert.Contains("overflow-wrap: break-word", css, StringComparison.Ordinal);
    }
}
