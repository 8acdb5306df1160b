using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Priorities.Reports;

namespace Priorities.Reports.Tests;

public sealed class DocxReportTests
{
    [Fact]
    public async Task WriteAsync_Oxford_PassesOpenXmlValidation()
    {
        using var stream = await Write(ReportSamples.Hostile());
        using var document = WordprocessingDocument.Open(stream, isEditable: false);

        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToArray();

        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public async Task WriteAsync_Oxford_HasTitleHeadingsAndPriorityTitlesInHeadingStyles()
    {
        var plan = ReportSamples.Oxford();
        using var stream = await Write(plan);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToArray();

        Assert.Equal("Title", Style(paragraphs[0]));
        Assert.Equal("Community Safety Rolling Plan 2026–27", paragraphs[0].InnerText);
        Assert.Equal(PaperHeadings.Top, paragraphs.Where(p => Style(p) == "Heading1").Select(p => p.InnerText));
        Assert.Equal(plan.Priorities.Select(p => p.Theme).Distinct().Concat(plan.Priorities.Select(p => $"{p.Rank}. {p.Title}")),
            paragraphs.Where(p => Style(p) == "Heading2").Select(p => p.InnerText));
        Assert.Equal(plan.Priorities.OrderBy(p => plan.Priorities.Select(q => q.Theme).Distinct().ToList().IndexOf(p.Theme)).Select(p => $"{p.Rank}. {p.Title}"),
            paragraphs.Where(p => Style(p) == "Heading3").Select(p => p.InnerText));
        Assert.NotNull(paragraphs.Single(p => p.InnerText == "Appendix A: Evidence for each priority").ParagraphProperties!.PageBreakBefore);
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToArray();
        Assert.Subset(styles.ToHashSet(), new HashSet<string?> { "Normal", "Title", "Heading1", "Heading2", "Heading3", "ListBullet", "ReportTable" });
    }

    [Fact]
    public async Task WriteAsync_Oxford_SummaryTableHasRepeatingHeaderRow()
    {
        using var stream = await Write(ReportSamples.Oxford());
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var table = document.MainDocumentPart!.Document!.Body!.Elements<Table>()
            .First(t => t.GetFirstChild<TableProperties>()!.TableCaption!.Val == "Proposed priorities in rank order");
        var rows = table.Elements<TableRow>().ToArray();

        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(["Rank", "Priority", "Theme", "Score", "Status"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(["2", "Exploitation and county lines", "Serious and organised crime", "40", "New"], rows[1].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(ReportSamples.Oxford().Priorities.Count(p => !p.Mandatory) + 1, rows.Length);
    }

    [Fact]
    public async Task WriteAsync_SameInputAndClock_GivesSameBytesAndDatedProperties()
    {
        using var first = await Write(ReportSamples.Oxford());
        using var second = await Write(ReportSamples.Oxford());

        Assert.Equal(first.ToArray(), second.ToArray());
        using var document = WordprocessingDocument.Open(first, isEditable: false);
        Assert.Equal(FixedClock.Committee.GetUtcNow().UtcDateTime, document.PackageProperties.Created);
        Assert.Equal("en-GB", document.PackageProperties.Language);
    }

    [Theory]
    [InlineData(false, "Not for publication")]
    [InlineData(true, "Public version")]
    public async Task WriteAsync_Oxford_HeaderCarriesMarkingAndFooterNumbersPages(bool isPublic, string marking)
    {
        using var stream = await Write(ReportSamples.Oxford(), isPublic);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var main = document.MainDocumentPart!;

        Assert.Equal(marking, main.HeaderParts.Single().Header!.InnerText);
        Assert.Equal([" PAGE ", " NUMPAGES "], main.FooterParts.Single().Footer!.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
    }

    private static async Task<MemoryStream> Write(Results.PlanResult plan, bool isPublic = false)
    {
        var stream = new MemoryStream();
        await ReportWriter.WriteAsync(plan, ReportFormat.Docx, stream, ReportAssert.Options(isPublic));
        stream.Position = 0;
        return stream;
    }

    internal static string? Style(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    internal static async Task<string> Text(Results.PlanResult plan, bool isPublic)
    {
        using var stream = await Write(plan, isPublic);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }
}
