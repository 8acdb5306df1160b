using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Priorities.Adoption;
using Priorities.Host.Tests.Cli;

namespace Priorities.Host.Tests.Http;

public sealed class AdoptionEndpointsTests
{
    [Theory]
    [MemberData(nameof(AdoptionInputs.Refusals), MemberType = typeof(AdoptionInputs))]
    public async Task Adopt_Refused_Returns422WithTheCode(string change, string code)
    {
        await using var api = await TestApi.StartAsync();

        using var response = await api.Client.PostAsync("/v1/adoptions", Body(AdoptionInputs.Proposal, AdoptionInputs.Decisions(change)));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var diagnostic = problem.GetProperty("diagnostics")[0];
        Assert.Equal(code, diagnostic.GetProperty("code").GetString());
        Assert.Equal("decisions", diagnostic.GetProperty("file").GetString());
        Assert.Equal(3, diagnostic.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Adopt_ProposalNotAResult_Returns422WithPR7005()
    {
        await using var api = await TestApi.StartAsync();

        using var response = await api.Client.PostAsync("/v1/adoptions", Body("{\"priorities\": []}", AdoptionInputs.Decisions()));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("PR7005", problem.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Adopt_ProposalAsFileText_SameBytesAsTheLibraryAndTheCli()
    {
        await using var api = await TestApi.StartAsync();
        var decisions = AdoptionInputs.Decisions("{action: move, priority: cycle-crime, to: 1, reason: Station thefts.}");

        using var response = await api.Client.PostAsync("/v1/adoptions", Body(AdoptionInputs.Proposal, decisions));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = BoardAdoption.Adopt(AdoptionInputs.ProposalBytes, "plan.json", decisions, "decisions.yaml").CanonicalJson!;
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Adopt_ProposalAsObject_RecordsIt()
    {
        await using var api = await TestApi.StartAsync();
        var body = new JsonObject { ["proposal"] = JsonNode.Parse(AdoptionInputs.Proposal), ["decisions"] = AdoptionInputs.Decisions() };

        using var response = await api.Client.PostAsync("/v1/adoptions", TestApi.Body(body.ToJsonString(), "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal(DecisionRecord.CurrentFormat, JsonDocument.Parse(text).RootElement.GetProperty("format").GetString());
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("{\"proposal\": {}}")]
    [InlineData("{\"proposal\": ")]
    public async Task Adopt_BodyNotAnAdoptionRequest_Returns400WithPR7011(string body)
    {
        await using var api = await TestApi.StartAsync();

        using var response = await api.Client.PostAsync("/v1/adoptions", TestApi.Body(body, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("PR7011", problem.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Adopt_PublicRole_Returns403AndFullRoleMayAdopt()
    {
        await using var api = await AuthorisationTests.SecuredAsync();
        using var asPublic = new HttpRequestMessage(HttpMethod.Post, "/v1/adoptions") { Content = Body(AdoptionInputs.Proposal, AdoptionInputs.Decisions()) };
        using var asFull = new HttpRequestMessage(HttpMethod.Post, "/v1/adoptions") { Content = Body(AdoptionInputs.Proposal, AdoptionInputs.Decisions()) };

        using var refused = await api.Client.SendAsync(asPublic.WithKey(Callers.PublicKey));
        using var adopted = await api.Client.SendAsync(asFull.WithKey(Callers.FullKey));

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
    }

    private static StringContent Body(string proposal, string decisions) =>
        TestApi.Body(new JsonObject { ["proposal"] = proposal, ["decisions"] = decisions }.ToJsonString(), "application/json");
}
