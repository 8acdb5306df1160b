using Priorities.Import;

namespace Priorities.Rules.Tests.Import;

public sealed class PoliceUkImporterErrorTests
{
    private static readonly string[] Areas = ["Sunderland"];

    private static async Task<ImportError> FailAsync(params string[] inputs)
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => PoliceUkImporterTests.ImportAsync(inputs, Areas, "2022-03", allowGaps: true));
        return Assert.Single(e.Errors);
    }

    private static string Fixture(TempFolder temp, string name, Func<List<string>, IEnumerable<string>> change, bool gzip = false) =>
        temp.Write(name, string.Join("\r\n", change(FixtureText.Lines(PoliceUkFixture))) + "\r\n", gzip);

    private static string PoliceUkFixture => Fixtures.Northumbria2022;

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
    public async Task ImportAsync_TruncatedGzip_ErrorInsteadOfShortCounts()
    {
        using var temp = new TempFolder();
        var whole = File.ReadAllBytes(Fixture(temp, "whole.csv.gz", lines => lines, gzip: true));
        var path = temp.File("truncated.csv.gz");
        File.WriteAllBytes(path, whole[..(whole.Length * 2 / 3)]);

        var error = await FailAsync(path);

        Assert.Equal((ImportCodes.GzipTruncated, path, 0), (error.Code, error.File, error.Column));
        Assert.True(error.Line > 1);
        Assert.Contains("cut off", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_GzipOfSeveralMembers_CountsAsOneFile()
    {
        using var temp = new TempFolder();
        var lines = FixtureText.Lines(PoliceUkFixture);
        var path = temp.File("members.csv.gz");
        File.WriteAllBytes(path, [.. GzipMemberStreamTests.Member(lines.Take(100)), .. GzipMemberStreamTests.Member(lines.Skip(100))]);

        var members = await PoliceUkImporterTests.ImportAsync([path], Areas, "2022-03", allowGaps: true);
        var plain = await PoliceUkImporterTests.ImportAsync([PoliceUkFixture], Areas, "2022-03", allowGaps: true);

        Assert.Equal(plain.Assessment.Trends.Select(t => (t.Category, t.Count)), members.Assessment.Trends.Select(t => (t.Category, t.Count)));
    }

    [Fact]
    public async Task ImportAsync_BinaryFile_ErrorSaysItIsNotAPoliceUkCsv()
    {
        using var temp = new TempFolder();
        var path = temp.File("picture.csv");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

        var error = await FailAsync(path);

        Assert.Equal((ImportCodes.MissingColumn, 1L, 0), (error.Code, error.Line, error.Column));
        Assert.Contains("not a data.police.uk street-level CSV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_EmptyFile_ErrorSaysEmpty()
    {
        using var temp = new TempFolder();
        var path = temp.Write("empty.csv", string.Empty);

        var error = await FailAsync(path);

        Assert.Equal((ImportCodes.EmptyFile, path, 1L, 0), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:1: error PR4012: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_PlainFileNamedGz_ErrorSaysNotGzip()
    {
        using var temp = new TempFolder();
        var path = Fixture(temp, "plain.csv.gz", lines => lines);

        var error = await FailAsync(path);

        Assert.Equal((ImportCodes.NotGzip, path, 0L, 0), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("not gzip", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}: error PR4005: ", error.ToString(), StringComparison.Ordinal);
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

    [Fact]
    public async Task ImportAsync_SeveralBadFiles_EveryErrorReportedInFileOrder()
    {
        using var temp = new TempFolder();
        var empty = temp.Write("a-empty.csv", string.Empty);
        var month = Fixture(temp, "b-month.csv", lines => lines.Select((l, i) => i == 3 ? l.Replace("2022-03", "2022-3", StringComparison.Ordinal) : l));

        var e = await Assert.ThrowsAsync<ImportException>(() => PoliceUkImporterTests.ImportAsync([temp.Path], Areas, "2022-03", allowGaps: true));

        Assert.Equal([(empty, ImportCodes.EmptyFile), (month, ImportCodes.BadMonth)], e.Errors.Select(x => (x.File, x.Code)));
    }

    [Fact]
    public async Task ImportAsync_MissingInput_ErrorNamesThePath()
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => PoliceUkImporterTests.ImportAsync(["/no/such/folder"], Areas, "2022-03"));

        var error = Assert.Single(e.Errors);
        Assert.Equal((ImportCodes.NotFound, "/no/such/folder", 0L, 0), (error.Code, error.File, error.Line, error.Column));
        Assert.Equal("/no/such/folder: error PR4002: no such file or folder.", error.ToString());
    }

    [Fact]
    public async Task ImportAsync_NoInput_ErrorWithCodeAndNoPlace()
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => PoliceUkImporterTests.ImportAsync([], Areas, "2022-03"));

        var error = Assert.Single(e.Errors);
        Assert.Equal((ImportCodes.NoInput, null, 0L), (error.Code, error.File, error.Line));
        Assert.StartsWith("error PR4001: No input", error.ToString(), StringComparison.Ordinal);
    }
}
