using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Priorities.Reports;

/// <summary>
/// Word tables: the full text width in a fixed layout with each column's set width, in the report table style, with a
/// shaded header row that repeats on each page and RAG cells shaded by rating.
/// </summary>
internal static class DocxTables
{
    public static Table Create(TableBlock block, int width)
    {
        var widths = Widths(block.Columns, width);
        var table = new Table(new TableProperties
        {
            TableStyle = new TableStyle { Val = DocxStyles.Table },
            TableWidth = new TableWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableLook = new TableLook { Val = "04A0", FirstRow = true, FirstColumn = true, NoVerticalBand = true },
            TableCaption = new TableCaption { Val = block.Caption },
        });
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })), HeaderRow(block, widths));
        foreach (var row in block.Rows)
        {
            table.Append(Row(block, row, widths));
        }

        return table;
    }

    /// <summary>Each column's width in twentieths of a point, in proportion to its share; they add up to the width.</summary>
    private static int[] Widths(IReadOnlyList<TableColumn> columns, int width)
    {
        var total = columns.Sum(c => c.Width);
        var widths = columns.Select(c => (int)Math.Floor(c.Width / total * width)).ToArray();
        widths[^1] += width - widths.Sum();
        return widths;
    }

    private static TableRow HeaderRow(TableBlock block, int[] widths)
    {
        var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < block.Columns.Count; i++)
        {
            row.Append(Cell(block.Columns[i].Header, widths[i], block.Columns[i].Numeric, bold: true, fill: "E8EDF2"));
        }

        return row;
    }

    private static TableRow Row(TableBlock block, IReadOnlyList<string> cells, int[] widths)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        for (var i = 0; i < cells.Count; i++)
        {
            var column = block.Columns[i];
            var fill = column.Rag ? RagFill(cells[i]) : null;
            row.Append(Cell(cells[i], widths[i], column.Numeric, bold: column.RowHeader || column.Rag, fill));
        }

        return row;
    }

    private static string? RagFill(string rating) => rating switch
    {
        "Red" => "F8D0D0",
        "Amber" => "FCE5B6",
        "Green" => "D4EDDA",
        "Grey" => "E5E5E5",
        _ => null,
    };

    private static TableCell Cell(string text, int width, bool numeric, bool bold, string? fill)
    {
        var properties = new TableCellProperties { TableCellWidth = new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa } };
        if (fill is not null)
        {
            properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill };
        }

        var paragraph = DocxContent.Paragraph(null, text, bold);
        if (numeric)
        {
            paragraph.PrependChild(new ParagraphProperties { Justification = new Justification { Val = JustificationValues.Right } });
        }

        return new TableCell(properties, paragraph);
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
