using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Priorities.Host.Tests.Http;

/// <summary>Whatever shape a body has, the API answers 2xx or 4xx, never 5xx, within a generous time.</summary>
public sealed class HostileBodyProperties
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    [Property(MaxTest = 60)]
    public Property Post_HostileBody_Meets_Specification() => Prop.ForAll(
        HostileBodies.Bodies.ToArbitrary(),
        body =>
        {
            var (status, elapsed) = PostAsync(body).GetAwaiter().GetResult();
            return (status is >= 200 and < 500 && elapsed < Bound).Label($"{status} after {elapsed}: {body}");
        });

    [Theory]
    [InlineData(true, "application/yaml")]
    [InlineData(true, "application/json")]
    [InlineData(false, "application/yaml")]
    public async Task Post_OrdinaryValuesInEverySlot_Returns200(bool proposal, string mediaType)
    {
        var (status, _) = await PostAsync(HostileBodies.Ordinary(proposal, mediaType));

        Assert.Equal(200, status);
    }

    private static async Task<(int Status, TimeSpan Elapsed)> PostAsync(HostileBody body)
    {
        await using var api = await TestApi.StartAsync();
        var clock = Stopwatch.StartNew();
        using var response = await api.Client.PostAsync(body.Path, TestApi.Body(body.Text, body.MediaType));
        await response.Content.ReadAsByteArrayAsync();
        return ((int)response.StatusCode, clock.Elapsed);
    }
}
