using System.Text;
using Priorities.Diagnostics;

namespace Priorities.Files;

/// <summary>
/// Reads a rule file's text only when it is a regular file of at most a given size: folders, devices, pipes and
/// sockets are never opened (nor are empty files, which read the same), so nothing can hang or stream forever.
/// </summary>
internal static class RuleFileText
{
    /// <summary>The text, or the code and message of why it was not read (the message names the file as <paramref name="shown"/>).</summary>
    /// <param name="full">The file's full path.</param>
    /// <param name="shown">How messages name it.</param>
    /// <param name="maxBytes">The largest file read.</param>
    /// <param name="kind">What messages call it: "included file", or "rule file" for the root of a set.</param>
    public static (string? Text, string? Code, string? Problem) Read(string full, string shown, long maxBytes, string kind = "included file")
    {
        shown = kind + " '" + shown + "'";
        if (Directory.Exists(full)) return NotRegular(shown, "is a folder");
        var info = new FileInfo(full);
        if (!info.Exists) return (null, RulesCodes.IncludeMissing, $"The {shown} does not exist.");
        if (info.Length == 0) return NotRegular(shown, "is empty or is not a regular file (a device, pipe or socket)");
        if (info.Length > maxBytes) return TooLarge(shown, info.Length, maxBytes);
        try
        {
            return Bounded(full, shown, maxBytes, info.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, RulesCodes.IncludeMissing, $"The {shown} cannot be read ({e.GetType().Name}).");
        }
    }

    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> + 1 bytes into a buffer sized for the length the file had when it was
    /// looked at, grown (never past the limit) if it has grown since: a small file costs a small buffer.
    /// </summary>
    private static (string?, string?, string?) Bounded(string full, string shown, long maxBytes, long length)
    {
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var limit = (int)Math.Min(maxBytes + 1, Array.MaxLength);
        var buffer = new byte[(int)Math.Min(length + 1, limit)];
        var total = 0;
        int read;
        while ((read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
            if (total < buffer.Length) continue;
            if (buffer.Length == limit) break;
            Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
        }
        if (total > maxBytes) return TooLarge(shown, total, maxBytes);
        using var reader = new StreamReader(new MemoryStream(buffer, 0, total), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return (reader.ReadToEnd(), null, null);
    }

    private static (string?, string?, string?) NotRegular(string shown, string what) =>
        (null, RulesCodes.IncludeNotRegular, $"The {shown} {what}; only regular rule files are read.");

    private static (string?, string?, string?) TooLarge(string shown, long size, long maxBytes) =>
        (null, RulesCodes.IncludeTooLarge,
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The {shown} is larger than the limit of {maxBytes:N0} bytes ({size:N0} or more); it was not read."));
}
