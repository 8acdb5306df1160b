using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Priorities.Import;

/// <summary>
/// Decompresses gzip data (RFC 1952) member after member, checking each one: its deflate data must end and be
/// followed by a trailer whose CRC-32 and size match what it decompressed to. Unlike <see cref="GZipStream"/>, a
/// file cut off anywhere, a corrupt member or stray bytes after the last one are errors
/// (<see cref="GzipDataException"/>) rather than a silent early end; files of several members (<c>cat a.gz b.gz</c>,
/// block-gzip tools) and zero padding after the last member read as one.
/// </summary>
internal sealed class GzipMemberStream(Stream source, ReadOnlySpan<byte> prefix) : Stream
{
    private readonly LookbackStream _input = new(source, prefix);
    private readonly Crc32 _crc = new();
    private DeflateStream? _inflate;
    private long _dataStart;
    private long _size;
    private int _member;
    private bool _ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (!_ended && !buffer.IsEmpty)
        {
            if (_inflate is null && !GzipHeader.TryStart(_input, ++_member, out _dataStart))
            {
                _ended = true;
                break;
            }
            _inflate ??= new DeflateStream(_input, CompressionMode.Decompress, leaveOpen: true);
            var read = Inflate(buffer);
            if (read > 0) return read;
            EndMember();
        }
        return 0;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inflate?.Dispose();
            _input.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Inflate(Span<byte> buffer)
    {
        int read;
        try
        {
            read = _inflate!.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw new GzipDataException(ImportCodes.GzipCorrupt, $"member {_member}'s compressed data is corrupt ({e.Message})");
        }
        _crc.Append(buffer[..read]);
        _size += read;
        return read;
    }

    /// <summary>
    /// After the decompressor stopped: finds the trailer inside the bytes it took (it reads ahead), checks it and
    /// moves the input to just after it. A stop without a matching trailer means the data is cut off or corrupt.
    /// </summary>
    private void EndMember()
    {
        var taken = _input.Position;
        _input.Ensure(GzipHeader.TrailerLength);
        var last = Math.Min(taken, _input.Buffered - GzipHeader.TrailerLength);
        var (crc, size) = (_crc.GetCurrentHashAsUInt32(), (uint)_size);
        for (var at = Math.Max(_dataStart, _input.Earliest); at <= last; at++)
        {
            var trailer = _input.Window(at, GzipHeader.TrailerLength);
            if (BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]) != size || BinaryPrimitives.ReadUInt32LittleEndian(trailer) != crc) continue;
            _input.MoveTo(at + GzipHeader.TrailerLength);
            NextMember();
            return;
        }
        _input.MoveTo(taken);
        throw _input.Ensure(1)
            ? new GzipDataException(ImportCodes.GzipCorrupt, $"member {_member}'s trailer does not match its data (its CRC-32 or size differ): the file is corrupt")
            : new GzipDataException(ImportCodes.GzipTruncated, $"the file is cut off (or its end is corrupt): member {_member} has {ImportText.Count(_size)} bytes of data and no trailer that matches them");
    }

    private void NextMember()
    {
        _inflate!.Dispose();
        _inflate = null;
        _size = 0;
        _crc.Reset();
    }
}
