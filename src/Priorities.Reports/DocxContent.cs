using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Priorities.Reports;

/// <summary>Lays a <see cref="ReportDocument"/> out as the body of a Word document, in the styles of <see cref="DocxStyles"/>.</summary>
internal static class DocxContent
{
    private const int TextWidth = 9638; // A4 with 2 cm margins, in twentieths of a point.

    public static Body Body(ReportDocument document, SectionProperties page, DocxChart charts)
    {
        var body = new Body();
        body.Append(Paragraph(DocxStyles.Title, document.Title));
        foreach (var item in document.Meta)
        {
            body.Append(Labelled(DocxStyles.Fact, item.Label + ":", item.Value));
        }

        foreach (var notice in document.Notices)
        {
            body.Append(Labelled(DocxStyles.Notice, notice.Title + ":", notice.Text));
        }

        foreach (var section in document.AllSections)
        {
            Section(body, section, 1, charts);
        }

        body.Append(page);
        return body;
    }

    private static void Section(Body body, ReportSection section, int level, DocxChart charts)
    {
        var heading = Paragraph(DocxStyles.Heading(level), section.Heading);
        if (section.NewPage)
        {
            heading.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
        }

        body.Append(heading);
        foreach (var block in section.Blocks)
        {
            body.Append(Block(block, charts));
        }

        foreach (var part in section.Subsections)
        {
            Section(body, part, level + 1, charts);
        }
    }

    private static IEnumerable<OpenXmlElement> Block(ReportBlock block, DocxChart charts) => block switch
    {
        ParagraphBlock { Label: { } label } p => [Labelled(null, label, p.Text)],
        ParagraphBlock p => [Paragraph(null, p.Text)],
        NoticeBlock n => [Labelled(DocxStyles.Notice, n.Title + ":", n.Text)],
        FactsBlock facts => facts.Items.Select(item => Labelled(DocxStyles.Fact, item.Label + ":", item.Value)),
        ListBlock list => list.Items.Select(item => Paragraph(DocxStyles.ListBullet, item)),
        TableBlock table => [Paragraph(DocxStyles.Caption, table.Caption), DocxTables.Create(table, TextWidth)],
        ChartBlock chart => [Paragraph(DocxStyles.Caption, chart.Caption), charts.Create(chart)],
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown report block."),
    };

    public static Paragraph Paragraph(string? style, string text, bool bold = false)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } });
        }

        paragraph.Append(Run(text, bold));
        return paragraph;
    }

    private static Paragraph Labelled(string? style, string label, string text)
    {
        var paragraph = Paragraph(style, label, bold: true);
        paragraph.Append(Run(" " + text, bold: false));
        return paragraph;
    }

    private static Run Run(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties { Bold = new Bold() });
        }

        run.Append(new Text(HtmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
