using System.Buffers.Binary;
using System.IO.Compression;

namespace Priorities.Import;

/// <summary>
/// Walks a gzip file member by member (RFC 1952), checking that each member's compressed data ends and that its
/// trailer's size matches what it decompressed to. Used only when the quick check (total size against the last
/// trailer) fails, which happens for truncated files but also for complete files of several members
/// (<c>cat a.gz b.gz</c>, block-gzip tools): the deflate data is fed one byte at a time, so that the end of each
/// member is known exactly. Slow (about a third of a second per megabyte), hence the quick check first.
/// </summary>
internal static class GzipMembers
{
    private const byte HeaderCrc = 2, Extra = 4, Name = 8, Comment = 16;
    private static readonly byte[] Magic = [0x1f, 0x8b, 8];

    /// <summary>What is wrong with the file, or <see langword="null"/> when every member is complete.</summary>
    public static string? FindProblem(string path)
    {
        using var file = new BufferedStream(File.OpenRead(path), 1 << 16);
        var output = new byte[1 << 16];
        for (var member = 1; ; member++)
        {
            var problem = CheckMember(file, member, output, out var ended);
            if (problem is not null || ended) return problem;
        }
    }

    /// <summary>Checks the next member: a problem, or null with <paramref name="ended"/> set when there is none.</summary>
    private static string? CheckMember(Stream file, int member, byte[] output, out bool ended)
    {
        var header = new byte[10];
        var read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        ended = member > 1 && !StartsLikeGzip(header, read); // the end, or trailing bytes that gzip ignores
        if (ended) return null;
        if (read < header.Length || !IsGzip(header, read)) return $"member {member} has a cut-off or broken header";
        if (!SkipOptionalFields(file, header[3])) return $"member {member}'s header is cut off";
        long size;
        try
        {
            size = Inflate(file, output);
        }
        catch (InvalidDataException e)
        {
            return $"member {member}'s data is corrupt ({e.Message})";
        }
        var trailer = new byte[8];
        if (file.ReadAtLeast(trailer, 8, throwOnEndOfStream: false) < 8)
            return $"member {member}'s data stops after {ImportText.Count(size)} bytes, before its end";
        var stated = BinaryPrimitives.ReadUInt32LittleEndian(trailer.AsSpan(4));
        return (size & uint.MaxValue) == stated ? null
            : $"member {member} decompresses to {ImportText.Count(size)} bytes but its trailer records {ImportText.Count(stated)} (mod 2^32)";
    }

    private static long Inflate(Stream file, byte[] output)
    {
        long size = 0;
        using var inflate = new DeflateStream(new CountingStream(file, maxChunk: 1), CompressionMode.Decompress, leaveOpen: true);
        int read;
        while ((read = inflate.Read(output)) > 0) size += read;
        return size;
    }

    private static bool IsGzip(byte[] header, int read) => read >= 3 && StartsLikeGzip(header, read);

    private static bool StartsLikeGzip(byte[] header, int read) =>
        read > 0 && header.AsSpan(0, Math.Min(read, 3)).SequenceEqual(Magic.AsSpan(0, Math.Min(read, 3)));

    private static bool SkipOptionalFields(Stream file, byte flags)
    {
        if ((flags & Extra) != 0)
        {
            Span<byte> length = stackalloc byte[2];
            if (file.ReadAtLeast(length, 2, throwOnEndOfStream: false) < 2) return false;
            if (!Skip(file, BinaryPrimitives.ReadUInt16LittleEndian(length))) return false;
        }
        if ((flags & Name) != 0 && !SkipZeroTerminated(file)) return false;
        if ((flags & Comment) != 0 && !SkipZeroTerminated(file)) return false;
        return (flags & HeaderCrc) == 0 || Skip(file, 2);
    }

    private static bool Skip(Stream file, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (file.ReadByte() < 0) return false;
        }
        return true;
    }

    private static bool SkipZeroTerminated(Stream file)
    {
        int b;
        while ((b = file.ReadByte()) > 0)
        {
        }
        return b == 0;
    }
}
