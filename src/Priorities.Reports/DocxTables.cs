using DocumentFormat.OpenXml.Wordprocessing;

namespace Priorities.Reports;

/// <summary>Word tables: full width, in the report table style, with a shaded header row that repeats on each page.</summary>
internal static class DocxTables
{
    public static Table Create(TableBlock block, int width)
    {
        var table = new Table(new TableProperties
        {
            TableStyle = new TableStyle { Val = DocxStyles.Table },
            TableWidth = new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            TableLook = new TableLook { Val = "04A0", FirstRow = true, FirstColumn = true, NoVerticalBand = true },
            TableCaption = new TableCaption { Val = block.Caption },
        });
        var grid = new TableGrid();
        var columnWidth = width / block.Columns.Count;
        foreach (var _ in block.Columns)
        {
            grid.Append(new GridColumn { Width = columnWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid, HeaderRow(block));
        foreach (var row in block.Rows)
        {
            table.Append(Row(block, row));
        }

        return table;
    }

    private static TableRow HeaderRow(TableBlock block)
    {
        var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        foreach (var column in block.Columns)
        {
            row.Append(Cell(column.Header, column.Numeric, bold: true, fill: "E8EDF2"));
        }

        return row;
    }

    private static TableRow Row(TableBlock block, IReadOnlyList<string> cells)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        for (var i = 0; i < cells.Count; i++)
        {
            var column = block.Columns[i];
            row.Append(Cell(cells[i], column.Numeric, bold: column.RowHeader, fill: null));
        }

        return row;
    }

    private static TableCell Cell(string text, bool numeric, bool bold, string? fill)
    {
        var properties = new TableCellProperties();
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
}
