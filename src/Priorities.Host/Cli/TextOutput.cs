using System.Text;

namespace Priorities.Host.Cli;

/// <summary>Writes a command's output to standard output or to a file replaced atomically, only on success.</summary>
internal static class TextOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(string? path, string text, TextWriter standardOutput, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            await standardOutput.WriteAsync(text).ConfigureAwait(false);
            await standardOutput.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        await WriteFileAsync(path, Utf8.GetBytes(text), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes to a temporary file beside <paramref name="path"/> and moves it over, so a failure leaves nothing half-written.</summary>
    public static async Task WriteFileAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new UsageException($"--out '{path}': the folder does not exist.");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
