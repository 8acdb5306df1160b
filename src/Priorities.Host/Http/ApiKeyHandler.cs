using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Priorities.Host.Http;

/// <summary>
/// Authenticates a request by the key in its <c>X-Api-Key</c> header: the key's SHA-256 is compared with every listed
/// hash in constant time (no early exit), so neither the time taken nor the logs reveal a key. The caller is named by
/// the entry's id and has its role.
/// </summary>
internal sealed class ApiKeyHandler(IOptionsMonitor<ApiKeyOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<ApiKeyOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The header that carries the key.</summary>
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values)) return Task.FromResult(AuthenticateResult.NoResult());
        if (values.Count != 1 || string.IsNullOrEmpty(values[0]))
            return Task.FromResult(AuthenticateResult.Fail($"Send exactly one {Header} header."));
        var entry = Find(SHA256.HashData(Encoding.UTF8.GetBytes(values[0]!)));
        if (entry is null) return Task.FromResult(AuthenticateResult.Fail("The API key is not accepted."));
        Claim[] claims = [new(ClaimTypes.Name, entry.Id), new(ClaimTypes.Role, entry.Role)];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append("WWW-Authenticate", $"{SchemeName} header=\"{Header}\"");
        return Task.CompletedTask;
    }

    /// <summary>The entry whose hash is <paramref name="hash"/>, comparing with every entry whatever matches.</summary>
    private ApiKeyEntry? Find(byte[] hash)
    {
        ApiKeyEntry? found = null;
        foreach (var entry in Options.Keys)
        {
            if (CryptographicOperations.FixedTimeEquals(entry.Hash, hash)) found = entry;
        }
        return found;
    }
}
