using System.Text;
using Priorities.Results;

namespace Priorities.Reports.Tests;

/// <summary>No paper or annex quotes the rules' conditions; candidates not selected and gaps get one plain sentence each.</summary>
public sealed class PlainEnglishTests
{
    private static readonly string[] ConditionText = [" not met", "==", "!=", ">=", "<=", "did not fire", " failed ("];

    public static TheoryData<string> Plans => ["sample", "shipped-oxford"];

    [Theory]
    [MemberData(nameof(Plans))]
    public async Task Render_EveryFormatAndTheAnnex_HasNoRawConditionText(string which)
    {
        var plan = which == "sample" ? ReportSamples.Oxford() : PaperPlans.OxfordSample();
        Assert.Contains(plan.NotSelected.SelectMany(c => c.WhyNot).Append("x == y"), line => ConditionText.Any(c => line.Contains(c, StringComparison.Ordinal)));

        foreach (var text in await Renderings(plan))
        {
            var plain = text.Replace("\\", string.Empty, StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
                .Replace("&lt;", "<", StringComparison.Ordinal);
            Assert.All(ConditionText, c => Assert.DoesNotContain(c, plain, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void RenderText_NotSelected_OneSentenceFromScoreThresholdBreakdownAndCoverage()
    {
        var candidate = ReportSamples.Oxford().NotSelected[0] with
        {
            Score = 9, Shortfall = 3,
            Breakdown = [new("harm", null, 0, 3, 0, Evidence: EvidenceState.Missing), new("trend", null, 0, 2, 0, Evidence: EvidenceState.Missing),
                new("concern", 40, 4, 2, 8), new("volume", 5, 1, 1, 1)],
        };
        var plan = ReportSamples.Oxford() with { NotSelected = [candidate] };

        var text = ReportAssert.Markdown(plan);

        Assert.Contains("| Road safety | Communities | Scored 9 against a threshold of 12: lower than the selected priorities on volume; "
            + "no evidence on harm and trend; see evidence gaps. |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_NotSelectedOnTieBreak_SaysSo()
    {
        var candidate = ReportSamples.Oxford().NotSelected[0] with { Shortfall = 0, Breakdown = OxfordPriorities.All()[1].Breakdown };
        var text = ReportAssert.Markdown(ReportSamples.Oxford() with { NotSelected = [candidate] });

        Assert.Contains("| Road safety | Communities | Scored 24, level with the last priority selected, and lost on the tie-break. |", text, StringComparison.Ordinal);
    }

    private static async Task<string[]> Renderings(PlanResult plan)
    {
        var options = ReportAssert.Options();
        using var docx = new MemoryStream();
        await ReportWriter.WriteAsync(plan, ReportFormat.Docx, docx, options);
        docx.Position = 0;
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, isEditable: false);
        return
        [
            ReportAssert.Markdown(plan), ReportAssert.Html(plan), ReportAssert.Markdown(plan, isPublic: true),
            document.MainDocumentPart!.Document!.Body!.InnerText,
            Encoding.UTF8.GetString(ReportWriter.RenderExemptAnnex(plan, ReportFormat.Markdown, options)),
            Encoding.UTF8.GetString(ReportWriter.RenderExemptAnnex(plan, ReportFormat.Html, options)),
        ];
    }
}
