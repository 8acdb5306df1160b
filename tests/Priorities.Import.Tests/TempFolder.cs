using System.IO.Compression;
using System.Text;

namespace Priorities.Import.Tests;

/// <summary>A folder for the files a test makes, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "priorities-tests", Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text, bool gzip = false)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var bytes = Encoding.UTF8.GetBytes(text);
        if (!gzip)
        {
            System.IO.File.WriteAllBytes(path, bytes);
            return path;
        }
        using var file = System.IO.File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.Fastest);
        zip.Write(bytes);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
