using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Priorities.Reports.Tests;

/// <summary>The Word paper's score chart image, its alternative text, table widths and byte-for-byte determinism.</summary>
public sealed class DocxChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Render_Oxford_ChartIsAPngWithAltTextNamingEveryPriority()
    {
        var plan = ReportSamples.Oxford();
        using var document = Open(ReportWriter.Render(plan, ReportFormat.Docx, ReportAssert.Options()));
        var main = document.MainDocumentPart!;

        var image = main.ImageParts.Single();
        using var stream = image.GetStream();
        var png = new byte[8];
        stream.ReadExactly(png);
        Assert.Equal(PngSignature, png);
        var properties = main.Document!.Body!.Descendants<Dw.DocProperties>().Single();
        Assert.StartsWith("Score of each priority by dimension (weighted contributions). Horizontal stacked bars", properties.Description!.Value, StringComparison.Ordinal);
        Assert.All(plan.Priorities.Where(p => !p.Mandatory), p => Assert.Contains($"{p.Rank}. {p.Title}: {p.Score}", properties.Description!.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SameInput_SameBytesSamePngAndEveryZipEntryDatedByTheClock()
    {
        var plan = PaperPlans.WithDelivery(ReportSamples.Oxford());
        var first = ReportWriter.Render(plan, ReportFormat.Docx, ReportAssert.Options());
        var second = ReportWriter.Render(plan, ReportFormat.Docx, ReportAssert.Options());

        Assert.Equal(first, second);
        using var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2025, 9, 15, 10, 30, 0), e.LastWriteTime.DateTime));
        var image = zip.Entries.Single(e => e.FullName.EndsWith(".png", StringComparison.Ordinal));
        Assert.Equal(ChartImage.Png(new ChartBlock("x", plan.Priorities.Where(p => !p.Mandatory).ToArray())), Bytes(image));
    }

    [Fact]
    public void Render_Oxford_EveryTableHasAFixedLayoutAndSetColumnWidthsFillingTheTextWidth()
    {
        using var document = Open(ReportWriter.Render(PaperPlans.WithDelivery(ReportSamples.Oxford()), ReportFormat.Docx, ReportAssert.Options()));
        var tables = document.MainDocumentPart!.Document!.Body!.Descendants<W.Table>().ToArray();

        Assert.True(tables.Length > 10);
        Assert.All(tables, table =>
        {
            Assert.Equal(W.TableLayoutValues.Fixed, table.GetFirstChild<W.TableProperties>()!.TableLayout!.Type!.Value);
            Assert.Equal(9638, table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
