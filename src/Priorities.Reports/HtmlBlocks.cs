using System.Text;

namespace Priorities.Reports;

/// <summary>Writes each kind of <see cref="ReportBlock"/> as semantic HTML.</summary>
internal static class HtmlBlocks
{
    public static void Write(StringBuilder html, ReportBlock block, string id)
    {
        switch (block)
        {
            case ParagraphBlock { Label: { } label } p:
                html.Append("<p><strong>").Append(HtmlText.Escape(label)).Append("</strong> ").Append(HtmlText.Escape(p.Text)).Append("</p>\n");
                break;
            case ParagraphBlock p:
                html.Append("<p>").Append(HtmlText.Escape(p.Text)).Append("</p>\n");
                break;
            case NoticeBlock n:
                html.Append("<aside class=\"notice\" role=\"note\" aria-label=\"").Append(HtmlText.Escape(n.Title)).Append("\"><p><strong>")
                    .Append(HtmlText.Escape(n.Title)).Append(":</strong> ").Append(HtmlText.Escape(n.Text)).Append("</p></aside>\n");
                break;
            case FactsBlock facts:
                html.Append("<dl class=\"meta\">\n");
                foreach (var item in facts.Items)
                {
                    html.Append("<dt>").Append(HtmlText.Escape(item.Label)).Append("</dt><dd>").Append(HtmlText.Escape(item.Value)).Append("</dd>\n");
                }

                html.Append("</dl>\n");
                break;
            case ListBlock list:
                html.Append("<ul>\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li>").Append(HtmlText.Escape(item)).Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case TableBlock table:
                Table(html, table);
                break;
            case ChartBlock chart:
                html.Append("<figure>\n<figcaption>").Append(HtmlText.Escape(chart.Caption)).Append("</figcaption>\n")
                    .Append(ScoreChart.Render(chart, id)).Append("</figure>\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown report block.");
        }
    }

    private static void Table(StringBuilder html, TableBlock table)
    {
        html.Append("<div class=\"table-wrap\">\n<table>\n<caption>").Append(HtmlText.Escape(table.Caption)).Append("</caption>\n<thead>\n<tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th scope=\"col\"").Append(column.Numeric ? " class=\"num\"" : string.Empty).Append('>')
                .Append(HtmlText.Escape(column.Header)).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var column = table.Columns[i];
                var tag = column.RowHeader ? "th" : "td";
                html.Append('<').Append(tag).Append(column.RowHeader ? " scope=\"row\"" : string.Empty)
                    .Append(column.Numeric ? " class=\"num\"" : string.Empty).Append('>')
                    .Append(HtmlText.Escape(row[i])).Append("</").Append(tag).Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }
}
