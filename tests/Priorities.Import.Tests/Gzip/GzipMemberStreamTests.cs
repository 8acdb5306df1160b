using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Priorities.Import.Gzip;

namespace Priorities.Import.Tests.Gzip;

public sealed class GzipMemberStreamTests
{
    private static readonly Lazy<List<string>> Lines = new(() => FixtureText.Lines(Fixtures.Northumbria2022));

    private static readonly Lazy<byte[][]> Parts = new(() =>
    {
        var third = Lines.Value.Count / 3;
        return [Member(Lines.Value.Take(third)), Member(Lines.Value.Skip(third).Take(third)), Member(Lines.Value.Skip(2 * third))];
    });

    private static string Text => string.Concat(Lines.Value.Select(l => l + "\r\n"));

    internal static byte[] Member(IEnumerable<string> lines, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var memory = new MemoryStream();
        using (var zip = new GZipStream(memory, level))
        {
            zip.Write(Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\r\n"))));
        }
        return memory.ToArray();
    }

    private static byte[] Whole => [.. Parts.Value[0], .. Parts.Value[1], .. Parts.Value[2]];

    /// <summary>Reads everything through a non-seekable source giving at most <paramref name="sourceChunk"/> bytes a read, in reads of the given size.</summary>
    private static string Decompress(byte[] gzip, int readSize = 4096, int sourceChunk = int.MaxValue)
    {
        using var stream = new GzipMemberStream(new NonSeekable(gzip, sourceChunk), []);
        using var output = new MemoryStream();
        var buffer = new byte[readSize];
        int read;
        while ((read = stream.Read(buffer)) > 0) output.Write(buffer, 0, read);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static GzipDataException Fails(byte[] gzip) => Assert.Throws<GzipDataException>(() => Decompress(gzip));

    [Fact]
    public void Read_ThreeMembers_TheirTextInOrder() => Assert.Equal(Text, Decompress(Whole));

    [Fact]
    public void Read_ZeroPaddingAfterTheLastMember_Accepted() => Assert.Equal(Text, Decompress([.. Whole, .. new byte[1000]]));

    [Fact]
    public void Read_HeaderWithExtraNameCommentAndHeaderCrc_Skipped()
    {
        var plain = Parts.Value[0];
        byte[] fancy = [.. plain[..3], (byte)(plain[3] | 2 | 4 | 8 | 16), .. plain[4..10], 3, 0, .. "abc"u8, .. "x.csv\0"u8, .. "made by hand\0"u8, 0xAA, 0xBB, .. plain[10..]];

        Assert.Equal(Text, Decompress([.. fancy, .. Parts.Value[1], .. Parts.Value[2]]));
    }

    [Fact]
    public void Read_SecondMemberCutInHalf_CutOffNamingTheMember()
    {
        var e = Fails([.. Parts.Value[0], .. Parts.Value[1][..(Parts.Value[1].Length / 2)]]);

        Assert.Equal("PR4006", e.Code);
        Assert.Contains("member 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SizeInTrailerChanged_CorruptWhenMoreFollows()
    {
        var first = Parts.Value[0].ToArray();
        first[^1] ^= 0x40;

        var e = Fails([.. first, .. Parts.Value[1]]);

        Assert.Equal("PR4007", e.Code);
        Assert.Contains("member 1's trailer is missing or does not match its data", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GarbageAfterTheLastMember_Corrupt()
    {
        var e = Fails([.. Parts.Value[0], .. "not gzip"u8]);

        Assert.Equal("PR4007", e.Code);
        Assert.Contains("what follows member 1 is not a gzip member", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyAndStoredMembers_ReadAsTheirText()
    {
        var empty = Member([]);
        var stored = Member(Lines.Value.Take(50), CompressionLevel.NoCompression);

        Assert.Equal(Text, Decompress([.. empty, .. stored, .. empty, .. empty, .. Member(Lines.Value.Skip(50)), .. empty]));
    }

    [Fact]
    public void Read_DamagedBytesInTheData_Corrupt()
    {
        var damaged = Whole;
        new Random(7).NextBytes(damaged.AsSpan(Parts.Value[0].Length / 2, 40));

        Assert.Equal("PR4007", Fails(damaged).Code);
    }

    [Fact]
    public void Read_LastTrailerWrong_CorruptNotCutOff()
    {
        var whole = Whole;
        whole[^6] ^= 1;

        var e = Fails(whole);

        Assert.Equal("PR4007", e.Code);
        Assert.Contains("member 3's trailer is missing or does not match its data", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    public void Read_LastTrailerCutShort_CutOff(int missing)
    {
        var whole = Whole;

        Assert.Equal("PR4006", Fails(whole[..^missing]).Code);
    }

    [Fact]
    public void Read_ZerosBetweenMembers_Corrupt()
    {
        var e = Fails([.. Parts.Value[0], 0, 0, 0, .. Parts.Value[1]]);

        Assert.Equal("PR4007", e.Code);
        Assert.Contains("zero bytes after member 1 are followed by other data", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Read sizes, short reads from the source and member boundaries never change the text.</summary>
    [Property(MaxTest = 30)]
    public void Read_AnyReadSize_Meets_Specification(PositiveInt readSize, PositiveInt sourceChunk) =>
        Assert.Equal(Text, Decompress(Whole, 1 + (readSize.Get % 70_000), 1 + (sourceChunk.Get % 20_000)));

    /// <summary>A cut is harmless exactly where a member ends; anywhere else (even inside a header or trailer), it is an error.</summary>
    [Property(MaxTest = 40)]
    public void Read_CutAnywhere_Meets_Specification(NonNegativeInt at, bool nearAnEnd, sbyte offset)
    {
        var whole = Whole;
        int[] ends = [Parts.Value[0].Length, Parts.Value[0].Length + Parts.Value[1].Length, whole.Length];
        var cut = nearAnEnd ? Math.Clamp(ends[at.Get % 3] + (offset % 12), 1, whole.Length) : 1 + (at.Get % whole.Length);

        var members = Array.IndexOf(ends, cut) + 1;

        if (members > 0) Assert.Equal(string.Concat(Lines.Value.Take(members == 3 ? Lines.Value.Count : members * (Lines.Value.Count / 3)).Select(l => l + "\r\n")), Decompress(whole[..cut]));
        else Fails(whole[..cut]);
    }

    private sealed class NonSeekable(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }
}
