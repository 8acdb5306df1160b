using System.Text;

namespace Priorities.Reports;

/// <summary>Writes a <see cref="ReportDocument"/> as CommonMark with GitHub pipe tables; every piece of data is escaped.</summary>
internal static class MarkdownRenderer
{
    public static string Render(ReportDocument document)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownText.Escape(document.Title)).Append("\n\n");
        Facts(md, document.Meta);
        foreach (var notice in document.Notices)
        {
            Block(md, notice);
        }

        foreach (var section in document.AllSections)
        {
            Section(md, section, 2);
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static void Section(StringBuilder md, ReportSection section, int level)
    {
        md.Append('#', level).Append(' ').Append(MarkdownText.Escape(section.Heading)).Append("\n\n");
        foreach (var block in section.Blocks)
        {
            Block(md, block);
        }

        foreach (var part in section.Subsections)
        {
            Section(md, part, Math.Min(level + 1, 6));
        }
    }

    private static void Block(StringBuilder md, ReportBlock block)
    {
        switch (block)
        {
            case ParagraphBlock { Label: { } label } p:
                md.Append("**").Append(MarkdownText.Escape(label)).Append("** ").Append(MarkdownText.Escape(p.Text)).Append("\n\n");
                break;
            case ParagraphBlock p:
                md.Append(MarkdownText.Escape(p.Text, lineStart: true)).Append("\n\n");
                break;
            case NoticeBlock n:
                md.Append("> **").Append(MarkdownText.Escape(n.Title)).Append(":** ").Append(MarkdownText.Escape(n.Text)).Append("\n\n");
                break;
            case FactsBlock facts:
                Facts(md, facts.Items);
                break;
            case ListBlock list:
                foreach (var item in list.Items)
                {
                    md.Append("- ").Append(MarkdownText.Escape(item, lineStart: true)).Append('\n');
                }

                md.Append('\n');
                break;
            case TableBlock table:
                Table(md, table);
                break;
            case ChartBlock:
                break; // The summary and breakdown tables carry the chart's numbers in text.
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown report block.");
        }
    }

    private static void Facts(StringBuilder md, IReadOnlyList<MetaItem> items)
    {
        foreach (var item in items)
        {
            md.Append("- **").Append(MarkdownText.Escape(item.Label)).Append(":** ").Append(MarkdownText.Escape(item.Value)).Append('\n');
        }

        md.Append('\n');
    }

    private static void Table(StringBuilder md, TableBlock table)
    {
        Row(md, table.Columns.Select(c => c.Header));
        md.Append('|');
        foreach (var column in table.Columns)
        {
            md.Append(column.Numeric ? " ---: |" : " --- |");
        }

        md.Append('\n');
        foreach (var row in table.Rows)
        {
            Row(md, row);
        }

        md.Append('\n');
    }

    private static void Row(StringBuilder md, IEnumerable<string> cells)
    {
        md.Append('|');
        foreach (var cell in cells)
        {
            md.Append(' ').Append(MarkdownText.Escape(cell)).Append(" |");
        }

        md.Append('\n');
    }
}
