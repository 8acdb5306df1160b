using DocumentFormat.OpenXml.Wordprocessing;

namespace Priorities.Reports;

/// <summary>The numbering part: one bullet list definition that the List Bullet style uses.</summary>
internal static class DocxNumbering
{
    public static Numbering Create()
    {
        var level = new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.Bullet },
            new LevelText { Val = "\u2022" },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "567", Hanging = "283" }),
            new NumberingSymbolRunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial", Hint = FontTypeHintValues.Default }))
        { LevelIndex = 0 };
        var abstractNumber = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.SingleLevel }, level) { AbstractNumberId = 1 };
        var instance = new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = DocxStyles.BulletNumbering };
        return new Numbering(abstractNumber, instance);
    }
}
