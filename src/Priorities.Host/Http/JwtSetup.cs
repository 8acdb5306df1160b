using Microsoft.IdentityModel.Tokens;

namespace Priorities.Host.Http;

/// <summary>
/// How JWT bearer tokens are validated: signature (keys from <see cref="Authority"/>'s OpenID metadata, or
/// <see cref="SigningKey"/>), issuer, audience and lifetime, always.
/// </summary>
internal sealed record JwtSetup
{
    /// <summary>The token's required audience.</summary>
    public required string Audience { get; init; }

    /// <summary>An OpenID Connect authority (https) whose metadata gives the issuer and signing keys.</summary>
    public string? Authority { get; init; }

    /// <summary>The required issuer, with <see cref="SigningKey"/>.</summary>
    public string? Issuer { get; init; }

    /// <summary>The key tokens are signed with, read from a file.</summary>
    public SecurityKey? SigningKey { get; init; }

    /// <summary>The claim naming the caller's roles (<see cref="AccessRoles.All"/>).</summary>
    public string RoleClaim { get; init; } = "role";

    /// <summary>How far token times may be off the server's clock.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(30);
}
