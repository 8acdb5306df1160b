using Microsoft.AspNetCore.Authentication;

namespace Priorities.Host.Http;

/// <summary>The settings of <see cref="ApiKeyHandler"/>: the accepted keys, by hash.</summary>
internal sealed class ApiKeyOptions : AuthenticationSchemeOptions
{
    /// <summary>The accepted keys.</summary>
    public IReadOnlyList<ApiKeyEntry> Keys { get; set; } = [];
}
