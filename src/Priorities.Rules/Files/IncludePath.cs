using System.Text;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;

namespace Priorities.Files;

/// <summary>
/// Turns a path written in a file (an <c>include</c> entry, a plan history's decision record) into a full path that
/// may be read: a real path (no NUL or control characters), inside the allowed root once symbolic links are resolved.
/// Refusals are diagnostics at the entry.
/// </summary>
internal static class IncludePath
{
    private const int MaxLinkHops = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The full path of <paramref name="path"/> written at <paramref name="location"/> in a file in <paramref name="folder"/>, or null.</summary>
    public static string? Resolve(string folder, string path, SourceLocation location, string? root, DiagnosticBag bag)
    {
        var full = Full(folder, path);
        if (full is null)
        {
            bag.Error(RulesCodes.IncludeBadPath, location,
                $"The include '{Shown(path)}' is not a valid file path (it holds a NUL, a control character or an invalid name).");
            return null;
        }
        if (root is null || IsInside(full, root)) return full;
        bag.Error(RulesCodes.IncludeOutsideRoot, location,
            $"The include '{Shown(path)}' is outside the allowed rules folder; only files in that folder can be included.");
        return null;
    }

    /// <summary>Whether <paramref name="full"/> lies inside <paramref name="root"/> once every symbolic link is followed.</summary>
    public static bool IsInside(string full, string root)
    {
        var realRoot = Path.TrimEndingDirectorySeparator(Real(Path.GetFullPath(root)) ?? string.Empty);
        var real = Real(full);
        return realRoot.Length > 0 && real is not null
            && real.StartsWith(realRoot + Path.DirectorySeparatorChar, PathComparison);
    }

    /// <summary>The path as written, with control characters shown as <c>\u….</c> escapes.</summary>
    public static string Shown(string path)
    {
        var text = new StringBuilder(path.Length);
        foreach (var c in path)
            text.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString());
        return text.ToString();
    }

    private static string? Full(string folder, string path)
    {
        if (path.Any(char.IsControl) || path.IndexOfAny(Path.GetInvalidPathChars()) >= 0) return null;
        try
        {
            return Path.GetFullPath(Path.Combine(folder, path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    /// <summary>The path with every symbolic link along it followed (parts that do not exist are kept as written).</summary>
    private static string? Real(string full, int hops = 0)
    {
        var current = Path.GetPathRoot(full) ?? string.Empty;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = LinkTarget(next);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
            if (target is null) current = next;
            else if (++hops > MaxLinkHops || Real(target, hops) is not { } resolved) return null;
            else current = resolved;
        }
        return current;
    }

    private static string? LinkTarget(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
    }
}
