using System.Diagnostics.CodeAnalysis;

namespace Priorities.RuleSets.Loading;

/// <summary>Rule files on disk: includes resolve relative to the including file's folder.</summary>
/// <param name="absolute">
/// Whether the root was given as a full path: then files are shown by full path, else relative to the current folder.
/// </param>
internal sealed class DiskRuleFiles(bool absolute) : IRuleFileSource
{
    public string Resolve(string folder, string path) => Path.GetFullPath(Path.Combine(folder, path));

    public bool TryRead(string full, [NotNullWhen(true)] out string? text, out string reason)
    {
        try
        {
            text = File.ReadAllText(full);
            reason = string.Empty;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            text = null;
            reason = File.Exists(full) || Directory.Exists(full) ? "cannot be read" : "does not exist";
            return false;
        }
    }

    public string Display(string full) => absolute ? full : Path.GetRelativePath(Environment.CurrentDirectory, full);
}
