using Priorities.Import;

namespace Priorities.Import.Gzip;

/// <summary>Reads the header of a gzip member (RFC 1952), leaving the input at the start of its deflate data.</summary>
internal static class GzipHeader
{
    private const int FixedLength = 10;
    private const byte HeaderCrc = 2, Extra = 4, Name = 8, Comment = 16, Reserved = 0xE0;
    private static readonly byte[] Magic = [0x1f, 0x8b, 8];

    /// <summary>Whether the bytes are the two that open every gzip file (<c>1f 8b</c>).</summary>
    public static bool IsMagic(ReadOnlySpan<byte> first) => first.Length >= 2 && first[..2].SequenceEqual(Magic.AsSpan(0, 2));

    /// <summary>
    /// Starts member number <paramref name="member"/>: false when the data ended cleanly before it (nothing, or
    /// only zero padding, after the previous member).
    /// </summary>
    /// <exception cref="GzipDataException">The header is cut off or is not a gzip header.</exception>
    public static bool TryStart(LookbackStream input, int member, out long dataStart)
    {
        dataStart = 0;
        if (member > 1 && !input.Ensure(1)) return false;
        if (member > 1 && input.Window(input.Position, 1)[0] == 0)
        {
            if (OnlyZeros(input)) return false;
            throw new GzipDataException(ImportCodes.GzipCorrupt, $"the file is corrupt: zero bytes after member {member - 1} are followed by other data at byte {ImportText.Count(input.Position)}");
        }
        var complete = input.Ensure(FixedLength);
        var header = input.Window(input.Position, (int)Math.Min(FixedLength, input.Buffered - input.Position));
        var known = Math.Min(Magic.Length, header.Length);
        if (!header[..known].SequenceEqual(Magic.AsSpan(0, known)) || (header.Length > 3 && (header[3] & Reserved) != 0))
            throw new GzipDataException(ImportCodes.GzipCorrupt, $"the file is corrupt: {(member == 1 ? "it does not start with" : $"what follows member {member - 1} is not")} a gzip member header (at byte {ImportText.Count(input.Position)})");
        if (!complete) throw Truncated(member, "header");
        var flags = header[3];
        input.MoveTo(input.Position + FixedLength);
        SkipOptionalFields(input, flags, member);
        dataStart = input.Position;
        return true;
    }

    private static void SkipOptionalFields(LookbackStream input, byte flags, int member)
    {
        if ((flags & Extra) != 0)
        {
            var low = input.ReadByte();
            var high = input.ReadByte();
            if (high < 0) throw Truncated(member, "header");
            Skip(input, low | (high << 8), member);
        }
        if ((flags & Name) != 0) SkipZeroTerminated(input, member);
        if ((flags & Comment) != 0) SkipZeroTerminated(input, member);
        if ((flags & HeaderCrc) != 0) Skip(input, 2, member);
    }

    private static void Skip(LookbackStream input, int count, int member)
    {
        for (var i = 0; i < count; i++)
        {
            if (input.ReadByte() < 0) throw Truncated(member, "header");
        }
    }

    private static void SkipZeroTerminated(LookbackStream input, int member)
    {
        int b;
        while ((b = input.ReadByte()) > 0)
        {
        }
        if (b < 0) throw Truncated(member, "header");
    }

    /// <summary>Whether everything left is zero bytes (padding after the last member, which gzip accepts); otherwise stops at the first other byte.</summary>
    private static bool OnlyZeros(LookbackStream input)
    {
        int b;
        while ((b = input.ReadByte()) == 0)
        {
        }
        if (b < 0) return true;
        input.MoveTo(input.Position - 1);
        return false;
    }

    private static GzipDataException Truncated(int member, string part) =>
        new(ImportCodes.GzipTruncated, $"the file is cut off in member {member}'s {part}");
}
