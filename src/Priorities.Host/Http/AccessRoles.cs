namespace Priorities.Host.Http;

/// <summary>
/// The two roles of an authenticated caller. <see cref="Full"/> sees everything, sensitive evidence included;
/// <see cref="Public"/> gets only the public view (<see cref="Priorities.Results.PublicView"/>), whatever it asks for.
/// Anonymous callers (allowed only while every listening URL is loopback) have full access.
/// </summary>
internal static class AccessRoles
{
    /// <summary>May see sensitive evidence: full results and reports.</summary>
    public const string Full = "full";

    /// <summary>Gets the public view only.</summary>
    public const string Public = "public";

    /// <summary>The roles an API key entry or a token may name.</summary>
    public static readonly string[] All = [Full, Public];

    /// <summary>Whether this request may see sensitive evidence.</summary>
    public static bool SeesSensitive(HttpContext context, HttpServerOptions options) =>
        !options.Authentication.IsConfigured || context.User.IsInRole(Full);
}
