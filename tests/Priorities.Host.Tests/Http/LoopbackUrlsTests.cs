using System.Net;
using System.Net.Http;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Priorities.Host.Http;

namespace Priorities.Host.Tests.Http;

/// <summary>serve listens only on loopback and answers only requests addressed to a loopback host name.</summary>
public sealed class LoopbackUrlsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://127.4.5.6:0", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("https://localhost:5001", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://csp.example.gov.uk", false)]
    [InlineData("not a url", false)]
    public void IsLoopback_Url_TrueOnlyForLoopbackHosts(string url, bool expected)
    {
        Assert.Equal(expected, LoopbackUrls.IsLoopback(url));
    }

    [Property]
    public Property IsLoopback_AnyIPv4Address_Meets_Specification(byte a, byte b, byte c, byte d)
    {
        var url = $"http://{a}.{b}.{c}.{d}:5080";
        return (LoopbackUrls.IsLoopback(url) == (a == 127)).Label(url);
    }

    [Theory]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("192.168.1.20", HttpStatusCode.BadRequest)]
    public async Task Get_HostHeader_OnlyLoopbackNamesAnswered(string host, HttpStatusCode expected)
    {
        await using var api = await TestApi.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = host;

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }
}
