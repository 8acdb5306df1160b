using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Priorities.Reports;

/// <summary>The paper's page set-up: A4 with 2 cm margins, a header with its marking and a footer with page numbers.</summary>
internal static class DocxPageParts
{
    private const string HeaderId = "rIdHeader", FooterId = "rIdFooter";

    public static SectionProperties Create(MainDocumentPart main, ReportDocument document)
    {
        main.AddNewPart<HeaderPart>(HeaderId).Header = new Header(Line(JustificationValues.Right, Text(document.Marking, bold: true)));
        main.AddNewPart<FooterPart>(FooterId).Footer = new Footer(Line(
            JustificationValues.Center,
            Text(document.Title + " \u2013 page ", bold: false),
            new SimpleField(Text("1", bold: false)) { Instruction = " PAGE " },
            Text(" of ", bold: false),
            new SimpleField(Text("1", bold: false)) { Instruction = " NUMPAGES " }));
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = HeaderId },
            new FooterReference { Type = HeaderFooterValues.Default, Id = FooterId },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 });
    }

    private static Paragraph Line(JustificationValues justification, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph(new ParagraphProperties { Justification = new Justification { Val = justification } });
        paragraph.Append(content);
        return paragraph;
    }

    private static Run Text(string text, bool bold)
    {
        var properties = new RunProperties { Bold = bold ? new Bold() : null, FontSize = new FontSize { Val = "18" } };
        return new Run(properties, new Text(HtmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
    }
}
