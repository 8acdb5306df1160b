using Priorities.Import;

namespace Priorities.Import.Gzip;

/// <summary>
/// Bounds what a gzip file may decompress to, so that a small "zip bomb" fails fast rather than costing minutes:
/// past the first <see cref="FreeBytes"/>, the data may be at most <see cref="MaxRatio"/> times the compressed bytes
/// read so far, and never more than <see cref="MaxBytes"/> in all. CSV exports compress 4 to 20 times.
/// </summary>
internal static class GzipExpansionLimit
{
    /// <summary>Decompressed bytes allowed whatever the ratio: 64 MiB.</summary>
    public const long FreeBytes = 64L * 1024 * 1024;

    /// <summary>The largest ratio of decompressed to compressed bytes past <see cref="FreeBytes"/>.</summary>
    public const long MaxRatio = 100;

    /// <summary>The most bytes one file may decompress to: 8 GiB.</summary>
    public const long MaxBytes = 8L * 1024 * 1024 * 1024;

    /// <summary>Throws <see cref="GzipDataException"/> (PR4070) when <paramref name="output"/> passes a bound.</summary>
    /// <param name="output">Bytes decompressed so far, over every member.</param>
    /// <param name="input">Compressed bytes read so far.</param>
    public static void Check(long output, long input)
    {
        if (output <= FreeBytes) return;
        if (output > MaxBytes)
            throw Exceeded($"it decompresses to more than {ImportText.Count(MaxBytes)} bytes");
        if (output > MaxRatio * Math.Max(input, 1))
            throw Exceeded($"its first {ImportText.Count(input)} bytes decompress to {ImportText.Count(output)} bytes, " +
                $"more than {MaxRatio} times as many (a CSV export compresses 4 to 20 times)");
    }

    private static GzipDataException Exceeded(string problem) => new(ImportCodes.GzipExpansion,
        $"the file expands too much to be a data export (a \"zip bomb\"?): {problem}");
}
