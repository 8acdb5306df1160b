using Priorities.Import;

namespace Priorities.Import.Gzip;

/// <summary>
/// A buffered read-only stream that starts with bytes already taken from its source (the magic bytes a file was
/// recognised by, so even a pipe can be sniffed), hands out at most <see cref="MaxChunk"/> bytes a read and keeps
/// the last <see cref="Keep"/> bytes it handed out: when a gzip member's deflate data ends somewhere inside what the
/// decompressor took, <see cref="GzipMemberStream"/> finds the trailer there and goes back to just after it.
/// </summary>
internal sealed class LookbackStream(Stream source, ReadOnlySpan<byte> prefix, int keep = LookbackStream.Keep) : Stream
{
    /// <summary>The most bytes handed out by one read.</summary>
    public const int MaxChunk = 1 << 14;

    /// <summary>How many bytes before the read position stay in the buffer.</summary>
    public const int Keep = 4 * MaxChunk;

    private readonly byte[] _buffer = Prefilled(prefix);
    private int _position;
    private int _end = prefix.Length;
    private long _offset;
    private bool _sourceEnded;
    private long _lastChunk;
    private long _chunkBefore;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    /// <summary>The offset in the source of the next byte to hand out.</summary>
    public override long Position
    {
        get => _offset + _position;
        set => throw new NotSupportedException();
    }

    /// <summary>The most bytes one read hands out: <see cref="MaxChunk"/>, or fewer to feed a decompressor exactly.</summary>
    public int ChunkLimit { get; set; } = MaxChunk;

    /// <summary>Whether a read returned nothing because the source had ended, since <see cref="ResetRanDry"/>.</summary>
    public bool RanDry { get; private set; }

    /// <summary>Where the chunk before the last one handed out began: a decompressor that stopped did so after it.</summary>
    public long SearchFrom => _chunkBefore;

    /// <summary>The offset just past the last byte read from the source so far.</summary>
    public long Buffered => _offset + _end;

    /// <summary>Makes <paramref name="count"/> bytes after the position available, if the source has them.</summary>
    public bool Ensure(int count)
    {
        while (_end - _position < count && !_sourceEnded)
        {
            if (_end == _buffer.Length) Compact();
            var read = source.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0) _sourceEnded = true;
            _end += read;
        }
        return _end - _position >= count;
    }

    /// <summary>Bytes already read from the source, from <paramref name="from"/> (no earlier than <see cref="Earliest"/>).</summary>
    public ReadOnlySpan<byte> Window(long from, int count) => _buffer.AsSpan((int)(from - _offset), count);

    /// <summary>The earliest offset still in the buffer.</summary>
    public long Earliest => _offset;

    /// <summary>Moves the position back (or forward) to an offset still in the buffer.</summary>
    public void MoveTo(long position) => _position = (int)(position - _offset);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <summary>Starts watching for a read that finds the source ended.</summary>
    public void ResetRanDry() => RanDry = false;

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        if (!Ensure(1))
        {
            RanDry = true;
            return 0;
        }
        (_chunkBefore, _lastChunk) = (_lastChunk, Position);
        var count = Math.Min(Math.Min(buffer.Length, ChunkLimit), _end - _position);
        _buffer.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override int ReadByte() => Ensure(1) ? _buffer[_position++] : -1;

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) source.Dispose();
        base.Dispose(disposing);
    }

    private void Compact()
    {
        var from = Math.Max(0, _position - keep);
        Buffer.BlockCopy(_buffer, from, _buffer, 0, _end - from);
        _offset += from;
        _position -= from;
        _end -= from;
    }

    private static byte[] Prefilled(ReadOnlySpan<byte> prefix)
    {
        var buffer = new byte[8 * MaxChunk];
        prefix.CopyTo(buffer);
        return buffer;
    }
}
