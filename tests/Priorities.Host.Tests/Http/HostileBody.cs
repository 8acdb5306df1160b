namespace Priorities.Host.Tests.Http;

/// <summary>A request body to post: the endpoint, its media type and its text.</summary>
internal sealed record HostileBody(string Path, string MediaType, string Text)
{
    /// <summary>The endpoint, media type, size and start of the body, for a failing property's label.</summary>
    public override string ToString() =>
        $"{Path} {MediaType} {Text.Length} chars: {Text[..Math.Min(Text.Length, 200)]}";
}
