using System.Net;

namespace Priorities.Host.Http;

/// <summary>
/// Which listening URLs stay on this machine. The API serves evidence that can be marked sensitive and has no
/// authentication of its own, so it may listen only on loopback (127.0.0.0/8, ::1, localhost), and answers only
/// requests whose Host header names such a host (a page on another site cannot rebind its own name to us).
/// </summary>
internal static class LoopbackUrls
{
    /// <summary>The Host header values accepted: the loopback names, without ports.</summary>
    public static readonly string[] AllowedHosts = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>The URLs of a <c>--urls</c> value (separated by ';') that are not loopback, as written.</summary>
    public static IReadOnlyList<string> NotLoopback(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(url => !IsLoopback(url)).ToArray();

    /// <summary>Whether a URL's host is loopback; an unreadable URL is not.</summary>
    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return false;
        if (uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>The hosts the Host header may name: the loopback names and the listening URLs' own hosts.</summary>
    public static string[] Hosts(string? urls) =>
        [.. AllowedHosts, .. (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri.Host : null).OfType<string>()
            .Where(h => h.Length > 0 && h != "0.0.0.0")];
}
