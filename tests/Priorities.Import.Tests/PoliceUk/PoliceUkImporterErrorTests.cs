using Priorities.Engine.Diagnostics;

namespace Priorities.Import.Tests.PoliceUk;

public sealed class PoliceUkImporterErrorTests
{
    private static readonly string[] Areas = ["Sunderland"];

    internal static async Task<Diagnostic> FailAsync(params string[] inputs)
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => PoliceUkImporterTests.ImportAsync(inputs, Areas, "2022-03", allowGaps: true));
        return Assert.Single(e.Errors);
    }

    internal static string Fixture(TempFolder temp, string name, Func<List<string>, IEnumerable<string>> change, bool gzip = false) =>
        temp.Write(name, string.Join("\r\n", change(FixtureText.Lines(PoliceUkFixture))) + "\r\n", gzip);

    internal static string PoliceUkFixture => Fixtures.Northumbria2022;

    [Fact]
    public async Task ImportAsync_RenamedColumn_ErrorNamesFileLineAndColumn()
    {
        using var temp = new TempFolder();
        var path = Fixture(temp, "renamed.csv", lines => [lines[0].Replace("Crime type", "Offence", StringComparison.Ordinal), .. lines.Skip(1)]);

        var error = await FailAsync(path);

        Assert.Equal((ImportCodes.MissingColumn, path, 1L, 0), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("no 'Crime type' column", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:1: error PR4013: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_MalformedMonth_ErrorNamesTheLineAndColumn()
    {
        using var temp = new TempFolder();
        var line = FixtureText.Lines(PoliceUkFixture)[41].Replace("2022-03", "March 2022", StringComparison.Ordinal);
        var path = Fixture(temp, "month.csv", lines => lines.Select((l, i) => i == 41 ? line : l));

        var error = await FailAsync(path);

        Assert.Equal((ImportCodes.BadMonth, 42L, line.IndexOf("March 2022", StringComparison.Ordinal) + 1), (error.Code, error.Line, error.Column));
        Assert.Contains("malformed month 'March 2022'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:42:{error.Column}: error PR4020: malformed month", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_FilesJoinedWithTheirHeaders_SaysTheHeaderRepeats()
    {
        using var temp = new TempFolder();
        var lines = FixtureText.Lines(PoliceUkFixture);
        var path = Fixture(temp, "joined.csv", _ => [.. lines, .. lines]);

        var error = await FailAsync(path);

        Assert.Equal((ImportCodes.BadMonth, (long)lines.Count + 1), (error.Code, error.Line));
        Assert.StartsWith($"line {lines.Count + 1} repeats the header: files joined with their header lines?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_MalformedMonthAfterMultiByteText_ColumnCountsCharacters()
    {
        using var temp = new TempFolder();
        const string row = "ïd€,2022/03,Northumbria Police,Northumbria Police,-1.6,54.9,On or near Café,E01008248,Gateshead 001C,Drugs,,";
        var path = temp.Write("accent.csv", FixtureText.Lines(PoliceUkFixture)[0] + "\n" + row + "\n");

        var error = await FailAsync(path);

        Assert.Equal("ïd€,".Length + 1, error.Column);
        Assert.NotEqual(System.Text.Encoding.UTF8.GetByteCount("ïd€,") + 1, error.Column);
        Assert.Equal((ImportCodes.BadMonth, 2L), (error.Code, error.Line));
    }

    [Fact]
    public async Task ImportAsync_ShortRow_RaggedRowErrorNamesTheLineButNoColumn()
    {
        using var temp = new TempFolder();
        var path = Fixture(temp, "ragged.csv", lines => lines.Select((l, i) => i == 9 ? string.Join(',', l.Split(',').Take(5)) : l));

        var error = await FailAsync(path);

        Assert.Equal((ImportCodes.RaggedRow, 10L, 0), (error.Code, error.Line, error.Column));
        Assert.Equal("the row has 5 fields but the header has 12.", error.Message);
    }

    [Fact]
    public async Task ImportAsync_LongRow_RaggedRowErrorOnTheFirstExtraField()
    {
        using var temp = new TempFolder();
        var line = FixtureText.Lines(PoliceUkFixture)[9];
        var path = Fixture(temp, "long.csv", lines => lines.Select((l, i) => i == 9 ? l + ",extra,more" : l));

        var error = await FailAsync(path);

        Assert.Equal((ImportCodes.RaggedRow, 10L, line.Length + 2), (error.Code, error.Line, error.Column));
        Assert.Equal("the row has 14 fields but the header has 12.", error.Message);
    }

    [Theory]
    [InlineData("On or near Ardrossan", "On or \"near Ardrossan", "\"near")]
    [InlineData("On or near Ardrossan", "\"On or near\" Ardrossan", " Ardrossan")]
    public async Task ImportAsync_BrokenQuoting_MalformedCsvErrorOnTheProblem(string value, string broken, string at)
    {
        using var temp = new TempFolder();
        var line = FixtureText.Lines(PoliceUkFixture)[1].Replace(value, broken, StringComparison.Ordinal);
        var path = Fixture(temp, "quotes.csv", lines => lines.Select((l, i) => i == 1 ? line : l));

        var error = await FailAsync(path);

        Assert.Equal((ImportCodes.MalformedCsv, 2L, line.IndexOf(at, StringComparison.Ordinal) + 1), (error.Code, error.Line, error.Column));
        Assert.StartsWith("not valid CSV: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_QuoteNeverClosed_MalformedCsvErrorOnTheOpeningQuote()
    {
        using var temp = new TempFolder();
        var line = FixtureText.Lines(PoliceUkFixture)[^1].Replace("No Location", "\"No Location", StringComparison.Ordinal);
        var path = Fixture(temp, "open.csv", lines => [.. lines.SkipLast(1), line]);

        var error = await FailAsync(path);

        Assert.Equal((ImportCodes.MalformedCsv, (long)FixtureText.Lines(PoliceUkFixture).Count, line.IndexOf('"', StringComparison.Ordinal) + 1), (error.Code, error.Line, error.Column));
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }
}
