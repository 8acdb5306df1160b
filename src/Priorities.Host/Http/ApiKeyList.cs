using System.Security.Cryptography;
using System.Text;
using Priorities.Engine.Diagnostics;

namespace Priorities.Host.Http;

/// <summary>
/// Reads accepted API keys: one entry a line (or separated by ';' in an environment variable),
/// <c>ID ROLE SHA256-HEX</c>, where the hash is of the key's UTF-8 bytes (<c>printf %s "$KEY" | sha256sum</c>), so
/// the list holds no key. Blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
internal static class ApiKeyList
{
    /// <summary>The entries of <paramref name="text"/>, or every malformed entry as a PR8107 diagnostic at its place.</summary>
    public static (IReadOnlyList<ApiKeyEntry> Keys, IReadOnlyList<Diagnostic> Diagnostics) Parse(string source, string text)
    {
        var keys = new List<ApiKeyEntry>();
        var diagnostics = new List<Diagnostic>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var entries = lines[i].TrimEnd('\r').Split(';');
            var column = 1;
            foreach (var entry in entries)
            {
                var at = new SourceLocation(source, i + 1, column + entry.Length - entry.TrimStart().Length);
                column += entry.Length + 1;
                if (entry.Trim().Length == 0 || entry.TrimStart().StartsWith('#')) continue;
                var problem = Read(entry, keys, out var key);
                if (problem is null) keys.Add(key!);
                else diagnostics.Add(new Diagnostic(HttpCodes.BadApiKeyEntry, DiagnosticSeverity.Error, problem, at));
            }
        }
        if (keys.Count == 0 && diagnostics.Count == 0)
            diagnostics.Add(new Diagnostic(HttpCodes.BadApiKeyEntry, DiagnosticSeverity.Error, "No API key entries.", SourceLocation.StartOf(source)));
        return (keys, diagnostics);
    }

    private static string? Read(string entry, List<ApiKeyEntry> earlier, out ApiKeyEntry? key)
    {
        key = null;
        var parts = entry.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3) return $"Expected 'ID ROLE SHA256-HEX', found {parts.Length} field(s).";
        var (id, role, hex) = (parts[0], parts[1], parts[2]);
        if (!AccessRoles.All.Contains(role, StringComparer.Ordinal))
            return $"Key '{id}': role '{role}' is not {string.Join(" or ", AccessRoles.All)}.";
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
            return $"Key '{id}': the third field must be the key's SHA-256 as 64 hex digits (never the key itself).";
        if (earlier.Any(k => k.Id == id)) return $"Key id '{id}' is listed twice.";
        key = new ApiKeyEntry(id, role, Convert.FromHexString(hex));
        return null;
    }

    /// <summary>The text form of a key's hash, as an entry lists it.</summary>
    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
