using Priorities.Host.Cli;

namespace Priorities.Host.Tests.Cli;

/// <summary>Command-line mistakes, run in-process: exit code 2, one line per problem on stderr, nothing on stdout.</summary>
public sealed class UsageTests
{
    [Theory]
    [InlineData("propose", "--frobnicate")]
    [InlineData("propose", "--format", "xml")]
    [InlineData("propose", "--rules", "/no/such/rules.yaml")]
    [InlineData("propose", "--assessment", "/no/such/assessment.yaml")]
    [InlineData("propose", "--assessment")]
    [InlineData("propose", "--format", "docx")]
    [InlineData("validate", "--rules", "/no/such/folder")]
    [InlineData("validate", "extra")]
    [InlineData("explain")]
    [InlineData("explain", "--priority")]
    [InlineData("explain", "--priority", "prevent", "--rules", "/no/such/rules.yaml")]
    [InlineData("serve", "--urls", "http://0.0.0.0:0")]
    [InlineData("serve", "--urls", "http://127.0.0.1:0;http://192.168.1.20:5080")]
    [InlineData("serve", "--urls", "http://*:5080")]
    public async Task Run_UsageMistake_ExitTwoWithMessage(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliApplication.RunAsync(args, output, error);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal(string.Empty, output.ToString());
        Assert.StartsWith("error: ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingRulesFile_NamesTheFile()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        await CliApplication.RunAsync(["validate", "--rules", "missing.yaml"], output, error);

        Assert.StartsWith("error: --rules 'missing.yaml': no such file or folder, nor a shipped rule set.\n", error.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("propose")]
    [InlineData("validate")]
    [InlineData("explain")]
    public async Task Help_Command_DescriptionWithExamplesAndExitZero(string command)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliApplication.RunAsync([command, "--help"], output, error);

        Assert.Equal(0, code);
        Assert.Contains("Examples:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"priorities {command}", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--rules <PATH>", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Root_OneDescriptionPerCommandWithoutExamples()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliApplication.RunAsync(["--help"], output, error);

        Assert.Equal(0, code);
        Assert.Contains("  propose ", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Examples:", output.ToString(), StringComparison.Ordinal);
    }
}
