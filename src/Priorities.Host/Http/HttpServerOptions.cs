namespace Priorities.Host.Http;

/// <summary>How the HTTP API is served.</summary>
internal sealed record HttpServerOptions
{
    /// <summary>The default request size limit: 4 MiB.</summary>
    public const long DefaultMaxRequestBytes = 4 * 1024 * 1024;

    /// <summary>Rule files or folders naming the one root rule set to serve.</summary>
    public required IReadOnlyList<string> Rules { get; init; }

    /// <summary>Where to listen, e.g. <c>http://127.0.0.1:5080</c>; several separated by ';'. Null: leave it to the host.</summary>
    public string? Urls { get; init; }

    /// <summary>The largest request body accepted; larger ones get 413.</summary>
    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>Reload the rule set when its files change.</summary>
    public bool WatchRules { get; init; } = true;
}
