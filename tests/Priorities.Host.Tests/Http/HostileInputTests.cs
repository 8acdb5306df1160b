using System.Diagnostics;
using System.Net;

namespace Priorities.Host.Tests.Http;

/// <summary>Hostile bodies: includes reaching server files, deep nesting and alias bombs get 400 problems, fast.</summary>
public sealed class HostileInputTests
{
    private static string Bomb(string key)
    {
        var text = new System.Text.StringBuilder(key).Append(":\n  - &a0 [lol]\n");
        for (var level = 1; level <= 9; level++)
            text.Append("  - &a").Append(level).Append(" [").AppendJoin(", ", Enumerable.Repeat("*a" + (level - 1), 9)).Append("]\n");
        return text.ToString();
    }

    [Theory]
    [InlineData("!!str include: [/etc/passwd]")]
    [InlineData("\"include\": [/etc/passwd]")]
    [InlineData("'include': ../../../../../../../etc/passwd")]
    public async Task Validate_IncludeOfAServerFileWhateverTheKeysStyle_Returns400WithoutItsContentOrPaths(string line)
    {
        await using var api = await TestApi.StartAsync();
        var text = $"ruleset: x\nversion: \"1\"\n{line}\n";

        using var response = await api.Client.PostAsync("/v1/rulesets/validate", TestApi.Body(text, "application/yaml"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var body = problem.ToString();
        Assert.Contains("PR1007", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x", body, StringComparison.Ordinal);
        Assert.DoesNotContain("PR1002", body, StringComparison.Ordinal);
        Assert.DoesNotContain(api.RulesFolder, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NulInIncludePath_Returns400NotServerError()
    {
        await using var api = await TestApi.StartAsync();
        var text = "ruleset: x\nversion: \"1\"\ninclude: [\"catalogue.yaml\\0/etc/passwd\"]\n";

        using var response = await api.Client.PostAsync("/v1/rulesets/validate", TestApi.Body(text, "application/yaml"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("PR1010", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/proposals", "PR3010")]
    [InlineData("/v1/rulesets/validate", "PR1000")]
    public async Task Post_SixtyThousandNestedBrackets_Returns400ProblemFast(string path, string code)
    {
        await using var api = await TestApi.StartAsync();
        var clock = Stopwatch.StartNew();

        using var response = await api.Client.PostAsync(path, TestApi.Body(new string('[', 60_000), "application/yaml"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var diagnostic = Assert.Single(problem.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal((code, 1, 65), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Propose_AliasBomb_Returns400()
    {
        await using var api = await TestApi.StartAsync();
        var text = await File.ReadAllTextAsync(TestApi.OxfordSample) + "\n" + Bomb("extra");

        using var response = await api.Client.PostAsync("/v1/proposals", TestApi.Body(text, "application/yaml"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("PR3010", problem.ToString(), StringComparison.Ordinal);
    }
}
