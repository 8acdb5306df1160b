using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Priorities.Host.Tests.Http;

/// <summary>
/// What a body may be: JSON or YAML only (a <c>text/plain</c> POST is a "simple" request any web page can send
/// cross-site), UTF-8 with or without a byte-order mark, as the CLI reads files.
/// </summary>
public sealed class RequestBodyTests
{
    [Theory]
    [InlineData("/v1/proposals")]
    [InlineData("/v1/rulesets/validate")]
    [InlineData("/v1/reports?format=markdown")]
    public async Task Post_TextPlain_Returns415(string path)
    {
        await using var api = await TestApi.StartAsync();

        using var response = await api.Client.PostAsync(path, TestApi.Body("ruleset: x\nversion: 1\n", "text/plain"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("application/yaml")]
    [InlineData("application/json")]
    public async Task Propose_BodyStartingWithByteOrderMark_SameAnswerAsWithout(string mediaType)
    {
        await using var api = await TestApi.StartAsync();
        var text = File.ReadAllText(TestApi.OxfordSample);
        if (mediaType == "application/json") text = Priorities.Assessments.AssessmentSerializer.ToJson(Priorities.Assessments.AssessmentSerializer.FromYaml(text));

        var plain = await ProposeAsync(api, Encoding.UTF8.GetBytes(text), mediaType);
        var marked = await ProposeAsync(api, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], mediaType);

        Assert.Equal((HttpStatusCode.OK, plain.Body), (marked.Status, marked.Body));
    }

    private static async Task<(HttpStatusCode Status, string Body)> ProposeAsync(TestApi api, byte[] bytes, string mediaType)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        using var response = await api.Client.PostAsync("/v1/proposals", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
