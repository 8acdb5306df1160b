using System.IO.Compression;
using System.IO.Hashing;
using Priorities.Import;

namespace Priorities.Import.Gzip;

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
    private long _total;
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

    /// <summary>
    /// Reads the rest of the member being read, to see whether it is damaged: the damage, or <see langword="null"/>
    /// when it ends well (or nothing is being read, or it expands too much to read to its end: not damage).
    /// </summary>
    public GzipDataException? FaultInCurrentMember()
    {
        if (_ended || _inflate is null) return null;
        try
        {
            var buffer = new byte[1 << 16];
            while (Inflate(buffer) > 0)
            {
            }
            EndMember();
            return null;
        }
        catch (GzipDataException e) when (e.Code != ImportCodes.GzipExpansion)
        {
            return e;
        }
        catch (GzipDataException)
        {
            return null;
        }
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
        catch (InvalidDataException)
        {
            throw Corrupt($"member {_member}'s compressed data cannot be decompressed");
        }
        _crc.Append(buffer[..read]);
        _size += read;
        _total += read;
        GzipExpansionLimit.Check(_total, _input.Buffered);
        return read;
    }

    /// <summary>
    /// After the decompressor stopped: finds the trailer inside the bytes it took (it reads ahead, but not past the
    /// chunk its data ended in), checks it and moves the input to just after it. If the source ran dry first, the
    /// file is cut off; if no trailer matches, the member is corrupt.
    /// </summary>
    private void EndMember()
    {
        var taken = _input.Position;
        if (_input.RanDry) throw CutOff();
        if (_size == 0)
        {
            EndEmptyMember();
            return;
        }
        var trailer = Trailer();
        var at = trailer.Find(_input, Math.Max(_dataStart, _input.SearchFrom), taken);
        if (at < 0) throw trailer.IsCutShort(_input, _dataStart) ? CutOff() : TrailerMismatch();
        _input.MoveTo(at + GzipTrailer.Length);
        NextMember();
    }

    /// <summary>
    /// An empty member's trailer is all zeros, like the end of its deflate data, so the search could stop a byte
    /// early: its few bytes of deflate data are inflated again, a byte at a time, to find their exact end.
    /// </summary>
    private void EndEmptyMember()
    {
        if (_dataStart < _input.Earliest) throw Corrupt($"member {_member} is empty but its compressed data is too long to check");
        _input.MoveTo(_dataStart);
        _input.ChunkLimit = 1;
        using (var exact = new DeflateStream(_input, CompressionMode.Decompress, leaveOpen: true))
        {
            if (exact.Read(new byte[1]) > 0) throw Corrupt($"member {_member} decompresses differently a second time");
        }
        _input.ChunkLimit = LookbackStream.MaxChunk;
        var at = _input.Position;
        if (!_input.Ensure(GzipTrailer.Length)) throw CutOff();
        if (!Trailer().IsAt(_input, at)) throw TrailerMismatch();
        _input.MoveTo(at + GzipTrailer.Length);
        NextMember();
    }

    private GzipTrailer Trailer() => new(_crc.GetCurrentHashAsUInt32(), (uint)_size);

    private GzipDataException TrailerMismatch() =>
        Corrupt($"member {_member}'s trailer is missing or does not match its data (its CRC-32 or size differ)");

    private GzipDataException CutOff() => new(ImportCodes.GzipTruncated,
        $"the file is cut off: member {_member} stops after {ImportText.Count(_size)} bytes of data, before its end and trailer");

    private static GzipDataException Corrupt(string problem) => new(ImportCodes.GzipCorrupt, $"the file is corrupt: {problem}");

    private void NextMember()
    {
        _inflate!.Dispose();
        _inflate = null;
        _size = 0;
        _crc.Reset();
        _input.ResetRanDry();
    }
}
