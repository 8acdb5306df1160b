using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Priorities.Engine.Diagnostics;

namespace Priorities.Host.Http;

/// <summary>Reads a request body as UTF-8 text after checking its media type and size (415 and 413 problems otherwise).</summary>
internal static class RequestBody
{
    public static readonly string[] Json = ["application/json"];
    public static readonly string[] Yaml = ["application/yaml", "application/x-yaml", "text/yaml"];
    public static readonly string[] JsonOrYaml = [.. Json, .. Yaml];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<BodyText> ReadAsync(HttpRequest request, long limit, IReadOnlyList<string> accepted, CancellationToken cancellationToken)
    {
        var mediaType = MediaTypeOf(request.ContentType);
        if (mediaType is null || !accepted.Contains(mediaType, StringComparer.Ordinal))
            return new BodyText(null, mediaType ?? string.Empty, Problems.UnsupportedMediaType(request.ContentType, accepted));
        if (request.ContentLength > limit) return new BodyText(null, mediaType, Problems.TooLarge(limit));
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false }) sizeFeature.MaxRequestBodySize = limit;
        try
        {
            var bytes = await ReadBoundedAsync(request.Body, limit, cancellationToken).ConfigureAwait(false);
            if (bytes is null) return new BodyText(null, mediaType, Problems.TooLarge(limit));
            return new BodyText(StrictUtf8.GetString(WithoutByteOrderMark(bytes)), mediaType, null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new BodyText(null, mediaType, Problems.TooLarge(limit));
        }
        catch (DecoderFallbackException)
        {
            var diagnostic = new Diagnostic(HttpCodes.NotUtf8, DiagnosticSeverity.Error, "The request body is not valid UTF-8.", SourceLocation.StartOf("(request body)"));
            return new BodyText(null, mediaType, Problems.Invalid("Request body is not UTF-8", [diagnostic]));
        }
    }

    /// <summary>The bytes after a leading UTF-8 byte-order mark, which the CLI also accepts in files.</summary>
    private static ReadOnlySpan<byte> WithoutByteOrderMark(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsSpan(3) : bytes;

    private static string? MediaTypeOf(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || !parsed.MediaType.HasValue) return null;
        var charset = parsed.Charset.HasValue ? parsed.Charset.Value : null;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) return null;
        return parsed.MediaType.Value!.ToLowerInvariant();
    }

    /// <summary>The body's bytes, or null when it holds more than <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
