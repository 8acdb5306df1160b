using Priorities.Import;

namespace Priorities.Import.Gzip;

/// <summary>Gzip data that is cut off or corrupt, with the import code that says which.</summary>
internal sealed class GzipDataException(string code, string message) : IOException(message)
{
    /// <summary><see cref="ImportCodes.GzipTruncated"/>, <see cref="ImportCodes.GzipCorrupt"/> or
    /// <see cref="ImportCodes.GzipExpansion"/>.</summary>
    public string Code { get; } = code;
}
