namespace Priorities.Host.Http;

/// <summary>A request body read as text, or the problem that stopped it being read.</summary>
/// <param name="Text">The UTF-8 text, when read.</param>
/// <param name="MediaType">The request's media type (lowercase, no parameters).</param>
/// <param name="Problem">The 413, 415 or 400 answer, when not read.</param>
internal sealed record BodyText(string? Text, string MediaType, IResult? Problem);
