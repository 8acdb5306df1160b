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
        html.Append("<div class=\"table-wrap\">\n<table>\n<caption>").Append(HtmlText.Escape(table.Caption)).Append("</caption>\n");
        Columns(html, table.Columns);
        html.Append("<thead>\n<tr>");
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
                Cell(html, table.Columns[i], row[i]);
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }

    /// <summary>A <c>colgroup</c> giving each column its share of the width, so printed tables keep their layout.</summary>
    private static void Columns(StringBuilder html, IReadOnlyList<TableColumn> columns)
    {
        var total = columns.Sum(c => c.Width);
        html.Append("<colgroup>");
        foreach (var column in columns)
        {
            var share = (column.Width / total * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
            html.Append("<col style=\"width: ").Append(share).Append("%\" />");
        }

        html.Append("</colgroup>\n");
    }

    private static void Cell(StringBuilder html, TableColumn column, string text)
    {
        var tag = column.RowHeader ? "th" : "td";
        var css = column.Numeric ? "num" : column.Rag ? "rag rag-" + text.ToLowerInvariant() : null;
        html.Append('<').Append(tag).Append(column.RowHeader ? " scope=\"row\"" : string.Empty)
            .Append(css is null ? string.Empty : " class=\"" + HtmlText.Escape(css) + "\"").Append('>')
            .Append(HtmlText.Escape(text)).Append("</").Append(tag).Append('>');
    }
}
