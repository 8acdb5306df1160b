using CsvHelper;
using Priorities.Import;
using Priorities.Import.Gzip;

namespace Priorities.Import.Csv;

/// <summary>
/// A CSV file opened for streaming: plain or gzip (recognised by its magic bytes, so pipes work too), read through
/// CsvHelper. Gzip data is read by <see cref="GzipMemberStream"/>, which checks every member's trailer, so a file
/// cut off anywhere is an error where it stops rather than a silent early end.
/// </summary>
internal sealed class CsvSource : IDisposable
{
    private readonly GzipMemberStream? _gzip;

    private CsvSource(string path, CsvReader reader, GzipMemberStream? gzip)
    {
        Path = path;
        Reader = reader;
        _gzip = gzip;
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
    /// Opens the file and reads it with <paramref name="read"/>; a failure to read (broken CSV, bad gzip, I/O)
    /// becomes an <see cref="ImportException"/> naming the file and the line reached. A CSV error in gzip data is
    /// checked against the rest of its member first: damaged data can inflate to garbage, and then the damage
    /// (PR4007) is the error to report, not the garbage.
    /// </summary>
    public static T Read<T>(string path, CsvReaderOptions options, Func<CsvSource, T> read)
    {
        using var source = Open(path, options);
        try
        {
            return read(source);
        }
        catch (Exception e) when (e is ImportException or CsvFormatException && source._gzip?.FaultInCurrentMember() is { } fault)
        {
            throw new ImportException(ReadFailures.Describe(fault, path, source.LineReached));
        }
        catch (Exception e) when (ReadFailures.IsReadFailure(e))
        {
            throw new ImportException(ReadFailures.Describe(e, path, source.LineReached));
        }
    }

    /// <summary>The line of the last record read (0 before the first).</summary>
    public long LineReached => Reader.LineNumber;

    public void Dispose() => Reader.Dispose();

    private static CsvSource Create(string path, FileStream file, CsvReaderOptions options)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        var gzip = GzipHeader.IsMagic(magic[..read]);
        if (!gzip && read > 0 && path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            throw ImportException.At(ImportCodes.NotGzip, path, 0, "the file's name ends in .gz but it is not gzip data.");
        var gzipStream = gzip ? new GzipMemberStream(file, magic[..read]) : null;
        Stream stream = gzipStream is null ? new LookbackStream(file, magic[..read], keep: 0) : gzipStream;
        var (reporting, malformed) = MalformedRows.Attach(options, path);
        return new CsvSource(path, malformed.Reader = CsvReader.Create(stream, reporting, leaveOpen: false), gzipStream);
    }
}
