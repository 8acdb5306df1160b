using System.Text;

namespace Priorities.Reports;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML page (inline CSS and SVG, no scripts, no external
/// resources) that is also well-formed XHTML; every piece of data is escaped.
/// </summary>
internal static class HtmlRenderer
{
    public static string Render(ReportDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n")
            .Append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").Append(ReportText.Language)
            .Append("\" xml:lang=\"").Append(ReportText.Language).Append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append("<title>").Append(HtmlText.Escape(document.Title)).Append("</title>\n")
            .Append("<style>\n").Append(HtmlStyles.Css).Append("\n</style>\n</head>\n<body>\n<header>\n")
            .Append("<h1>").Append(HtmlText.Escape(document.Title)).Append("</h1>\n");
        HtmlBlocks.Write(html, new FactsBlock(document.Meta), "meta");
        foreach (var notice in document.Notices)
        {
            HtmlBlocks.Write(html, notice, notice.Title);
        }

        html.Append("</header>\n");
        Contents(html, document);
        html.Append("<main>\n");
        foreach (var section in document.AllSections)
        {
            Section(html, section, 2);
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Contents(StringBuilder html, ReportDocument document)
    {
        html.Append("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n");
        foreach (var section in document.AllSections)
        {
            html.Append("<li><a href=\"#").Append(section.Id).Append("\">").Append(HtmlText.Escape(section.Heading)).Append("</a></li>\n");
        }

        html.Append("</ol>\n</nav>\n");
    }

    private static void Section(StringBuilder html, ReportSection section, int level)
    {
        var heading = section.Id + "-heading";
        html.Append("<section id=\"").Append(section.Id).Append(section.NewPage ? "\" class=\"new-page" : string.Empty)
            .Append("\" aria-labelledby=\"").Append(heading).Append("\">\n")
            .Append("<h").Append(level).Append(" id=\"").Append(heading).Append("\">").Append(HtmlText.Escape(section.Heading))
            .Append("</h").Append(level).Append(">\n");
        for (var i = 0; i < section.Blocks.Count; i++)
        {
            HtmlBlocks.Write(html, section.Blocks[i], section.Id + "-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var part in section.Subsections)
        {
            Section(html, part, Math.Min(level + 1, 6));
        }

        html.Append("</section>\n");
    }
}
