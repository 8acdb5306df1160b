namespace Priorities.Host.Http;

/// <summary>How callers prove who they are: API keys, JWT bearer tokens, both, or neither (anonymous, loopback only).</summary>
internal sealed record AuthenticationSetup
{
    /// <summary>No authentication: every caller has full access.</summary>
    public static readonly AuthenticationSetup None = new();

    /// <summary>The accepted API keys, by hash.</summary>
    public IReadOnlyList<ApiKeyEntry> ApiKeys { get; init; } = [];

    /// <summary>How bearer tokens are validated, when they are accepted.</summary>
    public JwtSetup? Jwt { get; init; }

    /// <summary>Whether callers must authenticate.</summary>
    public bool IsConfigured => ApiKeys.Count > 0 || Jwt is not null;
}
