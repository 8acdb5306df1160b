using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Priorities.Host.Review;

/// <summary>
/// The review page at <c>/</c> and <c>/plans/{id}</c>: one self-contained HTML document (embedded, inline style and
/// script, nothing from another origin) that calls the API from the browser. It holds no data, so it is open to every
/// caller; the API calls it makes carry the caller's key. Served with a Content-Security-Policy that allows only its
/// own inline style and script (by SHA-256) and requests to its own origin.
/// </summary>
internal static partial class ReviewPage
{
    /// <summary>The embedded document's resource name.</summary>
    public const string ResourceName = "Priorities.Host.Review.review.html";

    private static readonly Lazy<(byte[] Bytes, string Policy)> Page = new(Load);

    /// <summary>The page's HTML.</summary>
    public static string Html => Encoding.UTF8.GetString(Page.Value.Bytes);

    /// <summary>The Content-Security-Policy the page is served with.</summary>
    public static string Policy => Page.Value.Policy;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", Serve).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/plans/{id}", (string id, HttpContext context) => Serve(context)).AllowAnonymous().ExcludeFromDescription();
    }

    private static FileContentHttpResult Serve(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
        return TypedResults.Bytes(Page.Value.Bytes, "text/html; charset=utf-8");
    }

    private static (byte[] Bytes, string Policy) Load()
    {
        using var stream = typeof(ReviewPage).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The review page ({ResourceName}) is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var html = reader.ReadToEnd();
        var policy = "default-src 'none'; "
            + $"script-src {Hashes(ScriptBlock().Matches(html))}; style-src {Hashes(StyleBlock().Matches(html))}; "
            + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        return (Encoding.UTF8.GetBytes(html), policy);
    }

    /// <summary>The CSP sources of the blocks' exact text: <c>'sha256-…'</c>, one each.</summary>
    private static string Hashes(MatchCollection blocks) =>
        string.Join(' ', blocks.Select(b => $"'sha256-{Sha256(b.Groups[1].Value)}'"));

    private static string Sha256(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptBlock();

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();
}
