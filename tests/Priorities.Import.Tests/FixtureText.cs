using System.IO.Compression;
using System.Text;

namespace Priorities.Import.Tests;

/// <summary>Reads fixture files as text lines (gunzipping .gz), for tests that derive variants or count rows themselves.</summary>
internal static class FixtureText
{
    public static string Read(string path, Encoding? encoding = null)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, encoding ?? Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The lines without their line breaks (CRLF or LF), the header first.</summary>
    public static List<string> Lines(string path) =>
        Read(path).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
}
