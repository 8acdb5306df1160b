using System.IO.Compression;
using System.Text;
using Priorities.Import.Gzip;
using Priorities.Import.Tests.PoliceUk;

namespace Priorities.Import.Tests.Gzip;

/// <summary>A gzip "bomb" (a few hundred KB that decompress to gigabytes) fails fast with PR4070.</summary>
public sealed class GzipExpansionLimitTests
{
    /// <summary>The header line of the fixture, then 512 MiB of line breaks: about 0.5 MB compressed.</summary>
    private static readonly Lazy<byte[]> Bomb = new(() => Compress(512));

    private static byte[] Compress(int megabytes)
    {
        var header = Encoding.UTF8.GetBytes(FixtureText.Lines(PoliceUkImporterErrorTests.PoliceUkFixture)[0] + "\r\n");
        var block = Enumerable.Repeat((byte)'\n', 1 << 20).ToArray();
        using var memory = new MemoryStream();
        using (var zip = new GZipStream(memory, CompressionLevel.Optimal))
        {
            zip.Write(header);
            for (var i = 0; i < megabytes; i++) zip.Write(block);
        }
        return memory.ToArray();
    }

    [Fact]
    public void Read_GzipOfHalfAGigabyteOfLineBreaks_StopsWithPR4070AfterTheFreeBytes()
    {
        var bomb = Bomb.Value;
        using var stream = new GzipMemberStream(new MemoryStream(bomb), []);
        var buffer = new byte[1 << 16];
        long total = 0;

        var error = Assert.Throws<GzipDataException>(() =>
        {
            int read;
            while ((read = stream.Read(buffer)) > 0) total += read;
        });

        Assert.Equal(ImportCodes.GzipExpansion, error.Code);
        Assert.InRange(total, GzipExpansionLimit.FreeBytes - buffer.Length, GzipExpansionLimit.FreeBytes + buffer.Length);
        Assert.Contains("more than 100 times", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UsualRatioPastTheFreeBytes_Passes()
    {
        GzipExpansionLimit.Check(GzipExpansionLimit.FreeBytes * 4, GzipExpansionLimit.FreeBytes / 5);
        GzipExpansionLimit.Check(GzipExpansionLimit.FreeBytes, 1);
    }

    [Fact]
    public void Check_MoreThanTheMostBytes_ThrowsPR4070()
    {
        var error = Assert.Throws<GzipDataException>(() => GzipExpansionLimit.Check(GzipExpansionLimit.MaxBytes + 1, GzipExpansionLimit.MaxBytes));

        Assert.Equal(ImportCodes.GzipExpansion, error.Code);
    }

    [Fact]
    public async Task ImportAsync_GzipBomb_FailsWithPR4070NamingTheFile()
    {
        using var temp = new TempFolder();
        var path = temp.File("2022-03-northumbria-street.csv.gz");
        await File.WriteAllBytesAsync(path, Bomb.Value);

        // PR4070 itself shows the read stopped at the cap, long before the gigabytes the file expands to.
        var error = await PoliceUkImporterErrorTests.FailAsync(path);

        Assert.Equal((ImportCodes.GzipExpansion, path), (error.Code, error.File));
        Assert.StartsWith($"{path}:", error.ToString(), StringComparison.Ordinal);
    }
}
