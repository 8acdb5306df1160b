using DocumentFormat.OpenXml.Wordprocessing;

namespace Priorities.Reports;

/// <summary>The committee paper's styles part: Normal, Title, Heading 1–3, Caption, Notice, Fact, List Bullet and the table style.</summary>
internal static class DocxStyles
{
    public const string Title = "Title", Caption = "Caption", Notice = "Notice", ListBullet = "ListBullet", Table = "ReportTable", Fact = "Fact";
    public const int BulletNumbering = 1;

    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 3).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Styles Create() => new(
        Defaults(),
        Paragraph("Normal", "Normal", null, new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 80) }, null, isDefault: true),
        Paragraph(Title, "Title", "Normal", new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 240) }, Run(40, "1F4E89", bold: true), primary: true),
        HeadingStyle(1, 30, 240), HeadingStyle(2, 26, 200), HeadingStyle(3, 22, 160),
        Paragraph(Caption, "Caption", "Normal", new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(120, 60) }, Run(20, "4A4A4A", bold: true)),
        Paragraph(Notice, "Notice", "Normal", NoticeProperties(), null),
        Paragraph(Fact, "Fact", "Normal", new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 40) }, null),
        Paragraph(ListBullet, "List Bullet", "Normal", BulletProperties(), null),
        TableStyle(),
        new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });

    private static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle
        {
            RunFonts = new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
            FontSize = new FontSize { Val = "21" },
            FontSizeComplexScript = new FontSizeComplexScript { Val = "21" },
            Languages = new Languages { Val = ReportText.Language },
        }),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle { SpacingBetweenLines = Spacing(0, 80) }));

    private static Style HeadingStyle(int level, int halfPoints, int before)
    {
        var properties = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            SpacingBetweenLines = Spacing(before, 120),
            OutlineLevel = new OutlineLevel { Val = level - 1 },
        };
        return Paragraph(Heading(level), "heading " + level.ToString(System.Globalization.CultureInfo.InvariantCulture), "Normal",
            properties, Run(halfPoints, level == 1 ? "1F4E89" : "1B1B1B", bold: true), primary: true);
    }

    private static Style Paragraph(string id, string name, string? basedOn, StyleParagraphProperties paragraph, StyleRunProperties? run, bool primary = false, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn }, new NextParagraphStyle { Val = "Normal" });
        }

        if (primary)
        {
            style.Append(new PrimaryStyle());
        }

        style.Append(paragraph);
        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static StyleRunProperties Run(int halfPoints, string colour, bool bold) => new()
    {
        Bold = bold ? new Bold() : null,
        Color = new Color { Val = colour },
        FontSize = new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static SpacingBetweenLines Spacing(int before, int after) => new()
    {
        Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
        After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static StyleParagraphProperties NoticeProperties() => new()
    {
        ParagraphBorders = new ParagraphBorders { LeftBorder = new LeftBorder { Val = BorderValues.Single, Size = 36, Space = 8, Color = "A0203C" } },
        Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FBEEF0" },
        SpacingBetweenLines = Spacing(120, 120),
        Indentation = new Indentation { Left = "170" },
    };

    private static StyleParagraphProperties BulletProperties() => new()
    {
        NumberingProperties = new NumberingProperties { NumberingId = new NumberingId { Val = BulletNumbering } },
        SpacingBetweenLines = Spacing(0, 60),
        Indentation = new Indentation { Left = "567", Hanging = "283" },
    };

    private static Style TableStyle()
    {
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" });
        var margins = new TableCellMarginDefault(
            new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa });
        return new Style(
            new StyleName { Val = "Report Table" },
            new BasedOn { Val = "TableNormal" },
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 0) },
            new StyleRunProperties { FontSize = new FontSize { Val = "18" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "18" } },
            new StyleTableProperties(borders, margins))
        { Type = StyleValues.Table, StyleId = Table };
    }
}
