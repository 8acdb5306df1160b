using Priorities.Host.Http;

namespace Priorities.Host.Cli;

/// <summary>Reads the API key entries of <c>serve</c> from its <c>--api-keys</c> file and the environment.</summary>
internal static class ServeApiKeys
{
    /// <summary>Every entry of both sources; a UsageException listing each bad entry at its place.</summary>
    public static IReadOnlyList<ApiKeyEntry> Read(string? file, string? variable)
    {
        var keys = new List<ApiKeyEntry>();
        var problems = new List<string>();
        if (file is not null) Add(file, File.ReadAllText(file), keys, problems);
        if (!string.IsNullOrWhiteSpace(variable)) Add(ServeAccessOptions.ApiKeysVariable, variable, keys, problems);
        foreach (var twice in keys.GroupBy(k => k.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add($"API key id '{twice.Key}' is listed in both {file} and {ServeAccessOptions.ApiKeysVariable}.");
        if (problems.Count > 0) throw new UsageException("the API key list cannot be used:\n" + string.Join("\n", problems));
        return keys;
    }

    private static void Add(string source, string text, List<ApiKeyEntry> keys, List<string> problems)
    {
        var (found, diagnostics) = ApiKeyList.Parse(source, text);
        keys.AddRange(found);
        problems.AddRange(diagnostics.Select(d => d.ToString()));
    }
}
