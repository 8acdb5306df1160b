using Priorities.Host.Cli;

namespace Priorities.Host.Tests.Cli;

/// <summary>serve's access options: mistakes are usage errors (exit 2) that say what to configure.</summary>
public sealed class ServeUsageTests
{
    [Theory]
    [InlineData("an https URL", "--jwt-authority", "http://idp.example", "--jwt-audience", "api")]
    [InlineData("not both", "--jwt-authority", "https://idp.example", "--jwt-key-file", "{keys}", "--jwt-issuer", "i", "--jwt-audience", "a")]
    [InlineData("need --jwt-audience", "--jwt-key-file", "{keys}", "--jwt-issuer", "i")]
    [InlineData("needs --jwt-issuer", "--jwt-key-file", "{keys}", "--jwt-audience", "a")]
    [InlineData("need --jwt-authority or --jwt-key-file", "--jwt-audience", "a")]
    [InlineData("is not an origin", "--cors-origin", "*")]
    [InlineData("is not an origin", "--cors-origin", "https://board.example.org/path")]
    [InlineData("no such file", "--api-keys", "/no/such/keys.txt")]
    [InlineData("must be positive", "--validate-concurrency", "0")]
    public async Task Serve_BadAccessOptions_ExitTwoNamingTheProblem(string expected, params string[] options)
    {
        using var rules = new Http.TinyRules();
        var keys = Path.Combine(rules.Folder, "secret.bin");
        await File.WriteAllTextAsync(keys, new string('s', 40));
        string[] args = ["serve", "--urls", "http://127.0.0.1:0", "--rules", rules.Root, .. options.Select(o => o.Replace("{keys}", keys, StringComparison.Ordinal))];

        var (code, output, error) = await RunInProcess.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_ShortSharedSecret_ExitTwoWithTheFile()
    {
        using var rules = new Http.TinyRules();
        var secret = Path.Combine(rules.Folder, "short.bin");
        await File.WriteAllTextAsync(secret, "too-short");

        var (code, _, error) = await RunInProcess.RunAsync(
            "serve", "--urls", "http://127.0.0.1:0", "--rules", rules.Root, "--jwt-key-file", secret, "--jwt-issuer", "i", "--jwt-audience", "a");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"{secret}:1:1: error PR8108: A shared secret must be at least 32 bytes", error, StringComparison.Ordinal);
    }
}
