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

        Assert.Equal((path, 1L), (error.File, error.Line));
        Assert.Contains("no 'Crime type' column", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:1: error: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_MalformedMonth_ErrorNamesTheLine()
    {
        using var temp = new TempFolder();
        var path = Fixture(temp, "month.csv", lines => lines.Select((l, i) => i == 41 ? l.Replace("2022-03", "March 2022", StringComparison.Ordinal) : l));

        var error = await FailAsync(path);

        Assert.Equal(42, error.Line);
        Assert.Contains("malformed month 'March 2022'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_TruncatedGzip_ErrorInsteadOfShortCounts()
    {
        using var temp = new TempFolder();
        var whole = File.ReadAllBytes(Fixture(temp, "whole.csv.gz", lines => lines, gzip: true));
        var path = temp.File("truncated.csv.gz");
        File.WriteAllBytes(path, whole[..(whole.Length * 2 / 3)]);

        var error = await FailAsync(path);

        Assert.Equal(path, error.File);
        Assert.True(error.Line > 1);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_GzipOfSeveralMembers_CountsAsOneFile()
    {
        using var temp = new TempFolder();
        var lines = FixtureText.Lines(PoliceUkFixture);
        var path = temp.File("members.csv.gz");
        File.WriteAllBytes(path, [.. GzipMembersTests.Member(lines.Take(100)), .. GzipMembersTests.Member(lines.Skip(100))]);

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

        Assert.Equal(1, error.Line);
        Assert.Contains("not a data.police.uk street-level CSV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_EmptyFile_ErrorSaysEmpty()
    {
        using var temp = new TempFolder();
        var path = temp.Write("empty.csv", string.Empty);

        var error = await FailAsync(path);

        Assert.Equal((path, 1L), (error.File, error.Line));
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_PlainFileNamedGz_ErrorSaysNotGzip()
    {
        using var temp = new TempFolder();
        var path = Fixture(temp, "plain.csv.gz", lines => lines);

        var error = await FailAsync(path);

        Assert.Contains("not gzip", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_RaggedRow_ErrorNamesTheLine()
    {
        using var temp = new TempFolder();
        var path = Fixture(temp, "ragged.csv", lines => lines.Select((l, i) => i == 9 ? string.Join(',', l.Split(',').Take(5)) : l));

        var error = await FailAsync(path);

        Assert.Equal(10, error.Line);
    }

    [Fact]
    public async Task ImportAsync_SeveralBadFiles_EveryErrorReportedInFileOrder()
    {
        using var temp = new TempFolder();
        var empty = temp.Write("a-empty.csv", string.Empty);
        var month = Fixture(temp, "b-month.csv", lines => lines.Select((l, i) => i == 3 ? l.Replace("2022-03", "2022-3", StringComparison.Ordinal) : l));

        var e = await Assert.ThrowsAsync<ImportException>(() => PoliceUkImporterTests.ImportAsync([temp.Path], Areas, "2022-03", allowGaps: true));

        Assert.Equal([empty, month], e.Errors.Select(x => x.File));
    }

    [Fact]
    public async Task ImportAsync_MissingInput_ErrorNamesThePath()
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => PoliceUkImporterTests.ImportAsync(["/no/such/folder"], Areas, "2022-03"));

        Assert.Equal("/no/such/folder", Assert.Single(e.Errors).File);
    }
}
