using System.Net.Http.Headers;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Priorities.Host.Http;

namespace Priorities.Host.Tests.Http;

/// <summary>The callers of the secured test API: an API key per role, and JWTs signed with a test secret.</summary>
internal static class Callers
{
    public const string FullKey = "full-key-7c1d0e9b4a2f48d6b3e5a1c9f0d2e4b6";
    public const string PublicKey = "public-key-3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c";
    public const string Issuer = "https://issuer.test";
    public const string Audience = "priorities-api";

    public static readonly byte[] Secret = Encoding.UTF8.GetBytes("a-test-signing-secret-of-more-than-32-bytes");

    public static readonly ApiKeyEntry[] Keys =
    [
        new("analyst", AccessRoles.Full, Convert.FromHexString(ApiKeyList.HashOf(FullKey))),
        new("press-office", AccessRoles.Public, Convert.FromHexString(ApiKeyList.HashOf(PublicKey))),
    ];

    /// <summary>Options requiring API keys and JWTs signed with <see cref="Secret"/>.</summary>
    public static HttpServerOptions Secured(HttpServerOptions options) => options with
    {
        Authentication = new AuthenticationSetup
        {
            ApiKeys = Keys,
            Jwt = new JwtSetup { Audience = Audience, Issuer = Issuer, SigningKey = new SymmetricSecurityKey(Secret) },
        },
    };

    public static HttpRequestMessage WithKey(this HttpRequestMessage request, string key)
    {
        request.Headers.Add(ApiKeyHandler.Header, key);
        return request;
    }

    public static HttpRequestMessage WithToken(this HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>A signed token; by default valid now, for the right issuer and audience.</summary>
    public static string Token(
        string subject, string? role, string audience = Audience, string issuer = Issuer, TimeSpan? expiresIn = null, byte[]? secret = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(10));
        var claims = new Dictionary<string, object> { ["sub"] = subject };
        if (role is not null) claims["role"] = role;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = expires.AddMinutes(-20),
            NotBefore = expires.AddMinutes(-20),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(secret ?? Secret), SecurityAlgorithms.HmacSha256),
        });
    }
}
