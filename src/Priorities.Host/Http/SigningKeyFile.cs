using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Priorities.Engine.Diagnostics;

namespace Priorities.Host.Http;

/// <summary>
/// Reads the key JWT bearer tokens are signed with: a PEM public key (RSA or EC, for RS*/PS*/ES* tokens), or else
/// a shared secret for HS256, the file's bytes exactly, at least 32 of them.
/// </summary>
internal static class SigningKeyFile
{
    /// <summary>The smallest shared secret accepted, in bytes (HS256 needs 256 bits).</summary>
    public const int MinimumSecretBytes = 32;

    /// <summary>The key, or a PR8108 diagnostic naming the file and the problem.</summary>
    public static (SecurityKey? Key, Diagnostic? Problem) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = Encoding.ASCII.GetString(bytes);
        if (text.Contains("-----BEGIN", StringComparison.Ordinal)) return FromPem(path, text);
        if (bytes.Length < MinimumSecretBytes)
            return (null, Problem(path, $"A shared secret must be at least {MinimumSecretBytes} bytes; this file has {bytes.Length}."));
        return (new SymmetricSecurityKey(bytes), null);
    }

    private static (SecurityKey? Key, Diagnostic? Problem) FromPem(string path, string pem)
    {
        try
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return (new RsaSecurityKey(rsa), null);
        }
        catch (ArgumentException)
        {
        }
        try
        {
            var ec = ECDsa.Create();
            ec.ImportFromPem(pem);
            return (new ECDsaSecurityKey(ec), null);
        }
        catch (ArgumentException)
        {
            return (null, Problem(path, "The PEM file holds no RSA or EC public key."));
        }
    }

    private static Diagnostic Problem(string path, string message) =>
        new(HttpCodes.BadSigningKey, DiagnosticSeverity.Error, message, SourceLocation.StartOf(path));
}
