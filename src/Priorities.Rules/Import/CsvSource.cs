using CsvHelper;

namespace Priorities.Import;

/// <summary>
/// A CSV file opened for streaming: plain or gzip (recognised by its magic bytes, so pipes work too), read through
/// CsvHelper. Gzip data is read by <see cref="GzipMemberStream"/>, which checks every member's trailer, so a file
/// cut off anywhere is an error where it stops rather than a silent early end.
/// </summary>
internal sealed class CsvSource : IDisposable
{
    private CsvSource(string path, CsvReader reader)
    {
        Path = path;
        Reader = reader;
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

    public void Dispose() => Reader.Dispose();

    private static CsvSource Create(string path, FileStream file, CsvReaderOptions options)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        var gzip = read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        if (!gzip && path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            throw ImportException.At(ImportCodes.NotGzip, path, 0, "the file's name ends in .gz but it is not gzip data.");
        Stream stream = gzip ? new GzipMemberStream(file, magic[..read]) : new LookbackStream(file, magic[..read]);
        var (reporting, malformed) = MalformedRows.Attach(options, path);
        return new CsvSource(path, malformed.Reader = CsvReader.Create(stream, reporting, leaveOpen: false));
    }
}
