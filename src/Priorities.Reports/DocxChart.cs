using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Priorities.Reports;

/// <summary>Puts score charts in the Word paper as PNG images (inline, text width) with alternative text.</summary>
internal sealed class DocxChart(MainDocumentPart main)
{
    private const long TextWidthEmu = 9638L * 635; // The text width in English Metric Units (635 per twentieth of a point).
    private uint count;

    public Paragraph Create(ChartBlock chart)
    {
        count++;
        var id = "rIdChart" + Number;
        var part = main.AddImagePart(ImagePartType.Png, id);
        using (var png = new MemoryStream(ChartImage.Png(chart)))
        {
            part.FeedData(png);
        }

        var height = TextWidthEmu * ChartImage.Height(chart) / ChartImage.Width;
        var alt = HtmlText.Clean(ChartText.AltText(chart));
        var inline = new Dw.Inline(
            new Dw.Extent { Cx = TextWidthEmu, Cy = height },
            new Dw.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Dw.DocProperties { Id = count, Name = "Score chart " + Number, Description = alt, Title = chart.Caption },
            new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(Picture(id, alt, height)) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        var paragraph = new Paragraph(new ParagraphProperties { KeepNext = null });
        paragraph.Append(new Run(new Drawing(inline)));
        return paragraph;
    }

    private string Number => count.ToString(CultureInfo.InvariantCulture);

    private Pic.Picture Picture(string id, string alt, long height) => new(
        new Pic.NonVisualPictureProperties(
            new Pic.NonVisualDrawingProperties { Id = 0U, Name = "chart" + Number + ".png", Description = alt },
            new Pic.NonVisualPictureDrawingProperties()),
        new Pic.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
        new Pic.ShapeProperties(
            new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = TextWidthEmu, Cy = height }),
            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
}
