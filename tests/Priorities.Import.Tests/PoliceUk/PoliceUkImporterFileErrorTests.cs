using Priorities.Engine.Diagnostics;

namespace Priorities.Import.Tests.PoliceUk;

/// <summary>Whole files that cannot be read: cut-off or corrupt gzip, binary, empty, missing; several at once.</summary>
public sealed class PoliceUkImporterFileErrorTests
{
    private static string[] Areas => ["Sunderland"];

    private static string PoliceUkFixture => PoliceUkImporterErrorTests.PoliceUkFixture;

    private static Task<Diagnostic> FailAsync(params string[] inputs) => PoliceUkImporterErrorTests.FailAsync(inputs);

    private static string Fixture(TempFolder temp, string name, Func<List<string>, IEnumerable<string>> change, bool gzip = false) =>
        PoliceUkImporterErrorTests.Fixture(temp, name, change, gzip);

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
    public async Task ImportAsync_DamagedGzipThatInflatesToGarbage_ReportedAsCorruptNotAsBadCsv()
    {
        using var temp = new TempFolder();
        var bytes = File.ReadAllBytes(Fixture(temp, "whole.csv.gz", lines => lines, gzip: true));
        new Random(3).NextBytes(bytes.AsSpan(bytes.Length / 2, 40));
        var path = temp.File("damaged.csv.gz");
        File.WriteAllBytes(path, bytes);

        var error = await FailAsync(path);

        Assert.Equal((ImportCodes.GzipCorrupt, path), (error.Code, error.File));
        Assert.True(error.Line > 1);
    }

    [Fact]
    public async Task ImportAsync_GzipOfSeveralMembers_CountsAsOneFile()
    {
        using var temp = new TempFolder();
        var lines = FixtureText.Lines(PoliceUkFixture);
        var path = temp.File("members.csv.gz");
        File.WriteAllBytes(path, [.. Gzip.GzipMemberStreamTests.Member(lines.Take(100)), .. Gzip.GzipMemberStreamTests.Member(lines.Skip(100))]);

        var members = await PoliceUkImporterTests.ImportAsync([path], Areas, "2022-03", allowGaps: true);
        var plain = await PoliceUkImporterTests.ImportAsync([PoliceUkFixture], Areas, "2022-03", allowGaps: true);

        Assert.Equal(plain.Assessment.Trends.Select(t => (t.Category, t.Count)), members.Assessment.Trends.Select(t => (t.Category, t.Count)));
    }

    [Fact]
    public async Task ImportAsync_GzipOfZerosAfterTheHeader_MalformedAtTheRecordCapNotOutOfMemory()
    {
        using var temp = new TempFolder();
        var header = FixtureText.Lines(PoliceUkImporterErrorTests.PoliceUkFixture)[0];
        var path = temp.File("zeros.csv.gz");
        using (var file = File.Create(path))
        using (var zip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
        {
            zip.Write(System.Text.Encoding.UTF8.GetBytes(header + "\n"));
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 64; i++) zip.Write(zeros);
        }
        var before = GC.GetTotalAllocatedBytes();

        var error = await FailAsync(path);

        Assert.Equal((ImportCodes.MalformedCsv, path), (error.Code, error.File));
        Assert.Contains("runs past 1 MiB without ending", error.Message, StringComparison.Ordinal);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 256L << 20, "read far more than the record cap");
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
        Assert.Equal((ImportCodes.NoInput, "", 0), (error.Code, error.File, error.Line));
        Assert.StartsWith("error PR4001: No input", error.ToString(), StringComparison.Ordinal);
    }
}
