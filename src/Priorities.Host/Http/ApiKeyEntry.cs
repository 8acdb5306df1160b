namespace Priorities.Host.Http;

/// <summary>One accepted API key: its id (named in logs), its role and the SHA-256 of the key (never the key).</summary>
/// <param name="Id">The name logs give the caller.</param>
/// <param name="Role">One of <see cref="AccessRoles.All"/>.</param>
/// <param name="Hash">SHA-256 of the key's UTF-8 bytes, 32 bytes.</param>
internal sealed record ApiKeyEntry(string Id, string Role, byte[] Hash);
