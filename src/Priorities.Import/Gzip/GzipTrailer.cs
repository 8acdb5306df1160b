using System.Buffers.Binary;
using Priorities.Import;

namespace Priorities.Import.Gzip;

/// <summary>A gzip member's trailer: the CRC-32 and size (mod 2^32) of its data, four bytes each, little-endian.</summary>
internal readonly record struct GzipTrailer(uint Crc, uint Size)
{
    /// <summary>The trailer's length in bytes.</summary>
    public const int Length = 8;

    /// <summary>Whether the trailer stands at <paramref name="at"/> (which must be in the input's buffer, with 8 bytes after it).</summary>
    public bool IsAt(LookbackStream input, long at)
    {
        var bytes = input.Window(at, Length);
        return BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]) == Size && BinaryPrimitives.ReadUInt32LittleEndian(bytes) == Crc;
    }

    /// <summary>The first offset from <paramref name="from"/> to <paramref name="to"/> where the trailer stands, or -1.</summary>
    public long Find(LookbackStream input, long from, long to)
    {
        input.Ensure(Length);
        var last = Math.Min(to, input.Buffered - Length);
        for (var at = Math.Max(from, input.Earliest); at <= last; at++)
        {
            if (IsAt(input, at)) return at;
        }
        return -1;
    }

    /// <summary>
    /// Whether the input ends inside this trailer: fewer than 8 bytes follow the position (where the data ended at
    /// the latest) and the last 1 to 7 bytes of the input are the trailer's first.
    /// </summary>
    public bool IsCutShort(LookbackStream input, long from)
    {
        if (input.Ensure(Length)) return false;
        Span<byte> expected = stackalloc byte[Length];
        BinaryPrimitives.WriteUInt32LittleEndian(expected, Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(expected[4..], Size);
        for (var kept = 1; kept < Length; kept++)
        {
            var at = input.Buffered - kept;
            if (at >= Math.Max(from, input.Earliest) && input.Window(at, kept).SequenceEqual(expected[..kept])) return true;
        }
        return false;
    }
}
