using System.Buffers.Binary;
using System.IO.Compression;
using CsvHelper;

namespace Priorities.Import;

/// <summary>
/// A CSV file opened for streaming: plain or gzip (recognised by its magic bytes), read through CsvHelper. A gzip
/// file's decompressed size is checked against its trailer at the end, since a truncated .gz otherwise ends silently.
/// </summary>
internal sealed class CsvSource : IDisposable
{
    private const int FileBufferSize = 1 << 16;
    private readonly CountingStream? _gzip;
    private readonly long _expectedSize;

    private CsvSource(string path, CsvReader reader, CountingStream? gzip, long expectedSize)
    {
        Path = path;
        Reader = reader;
        _gzip = gzip;
        _expectedSize = expectedSize;
    }

    public string Path { get; }

    public CsvReader Reader { get; }

    public static CsvSource Open(string path, CsvReaderOptions options)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ImportException.At(ImportCodes.Unreadable, path, 0, $"cannot open the file: {e.Message}");
        }
        try
        {
            return Create(path, file, options);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checks, once the reader has reached the end, that a gzip file was complete: its size against the last
    /// member's trailer first, then, when they differ, member by member (a file of several members is fine).
    /// </summary>
    public void EnsureComplete(long lastLine)
    {
        if (Incomplete() is { } problem) throw Truncated(lastLine, problem);
    }

    /// <summary>
    /// After a read failed: an error saying the gzip file is truncated, when it is (the rest of its data is read
    /// to compare its size with the trailer), since a cut-off last row otherwise looks like a malformed one.
    /// </summary>
    public ImportException? Truncation(long lastLine)
    {
        if (_gzip is null || _expectedSize < 0) return null;
        try
        {
            var buffer = new byte[1 << 16];
            while (_gzip.Read(buffer) > 0)
            {
            }
        }
        catch (InvalidDataException)
        {
            return null;
        }
        return Incomplete() is { } problem ? Truncated(lastLine, problem) : null;
    }

    private string? Incomplete()
    {
        if (_gzip is null || _expectedSize < 0 || (_gzip.BytesRead & uint.MaxValue) == _expectedSize) return null;
        return GzipMembers.FindProblem(Path);
    }

    private ImportException Truncated(long lastLine, string problem) => ImportException.At(ImportCodes.GzipTruncated, Path, Math.Max(lastLine, 1),
        $"the .gz file is truncated or corrupt: {problem}; nothing was imported.");

    public void Dispose() => Reader.Dispose();

    private static CsvSource Create(string path, FileStream file, CsvReaderOptions options)
    {
        var gzip = IsGzip(file, path);
        var (reporting, malformed) = MalformedRows.Attach(options, path);
        if (!gzip)
        {
            var reader = malformed.Reader = CsvReader.Create(new BufferedStream(file, FileBufferSize), reporting, leaveOpen: false);
            return new CsvSource(path, reader, null, -1);
        }
        var expected = TrailerSize(file);
        var counting = new CountingStream(new GZipStream(new BufferedStream(file, FileBufferSize), CompressionMode.Decompress));
        return new CsvSource(path, malformed.Reader = CsvReader.Create(counting, reporting, leaveOpen: false), counting, expected);
    }

    private static bool IsGzip(FileStream file, string path)
    {
        var named = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        if (!file.CanSeek) return named;
        Span<byte> magic = stackalloc byte[2];
        var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = 0;
        var gzip = read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        if (named && !gzip) throw ImportException.At(ImportCodes.NotGzip, path, 0, "the file's name ends in .gz but it is not gzip data.");
        return gzip;
    }

    private static long TrailerSize(FileStream file)
    {
        if (!file.CanSeek || file.Length < 18) return -1;
        Span<byte> trailer = stackalloc byte[4];
        file.Position = file.Length - 4;
        file.ReadExactly(trailer);
        file.Position = 0;
        return BinaryPrimitives.ReadUInt32LittleEndian(trailer);
    }
}
