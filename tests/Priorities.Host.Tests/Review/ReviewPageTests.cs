using System.Net;
using System.Text.RegularExpressions;
using Priorities.Host.Review;
using Priorities.Host.Tests.Http;

namespace Priorities.Host.Tests.Review;

/// <summary>The review page as the server sends it: headers, policy and self-containment.</summary>
public sealed partial class ReviewPageTests
{
    /// <summary>The SVG namespace: a name the chart's elements are created in, never fetched.</summary>
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData("/")]
    [InlineData("/plans/oxford-city-2024")]
    public async Task Page_Served_HasAStrictPolicyAndNoSniffing(string path)
    {
        await using var api = await TestApi.StartAsync();
        using var response = await api.Client.GetAsync(path);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Matches("script-src 'sha256-[A-Za-z0-9+/=]{44}';", policy);
        Assert.Matches("style-src 'sha256-[A-Za-z0-9+/=]{44}';", policy);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Secured_IsOpenButTheApiIsNot()
    {
        await using var api = await TestApi.StartAsync(configure: Callers.Secured);
        using var page = await api.Client.GetAsync("/");
        using var list = await api.Client.GetAsync("/v1/assessments");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
    }

    [Fact]
    public void Html_Embedded_ReferencesNoOtherOrigin()
    {
        var html = ReviewPage.Html.Replace(SvgNamespace, string.Empty, StringComparison.Ordinal);

        Assert.DoesNotMatch("(?i)https?:", html);
        Assert.DoesNotMatch("(?i)(src|href)\\s*=\\s*[\"']?//", html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.Single(ScriptTag().Matches(html));
        Assert.Single(StyleTag().Matches(html));
    }

    [Fact]
    public void Html_Embedded_HasNoInlineHandlersOrStyleAttributes()
    {
        Assert.DoesNotMatch("(?i)\\son[a-z]+\\s*=", ReviewPage.Html);
        Assert.DoesNotMatch("(?i)\\sstyle\\s*=", ReviewPage.Html);
    }

    [GeneratedRegex("<script")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<style")]
    private static partial Regex StyleTag();
}
