using System.Text;

namespace Priorities.Host.Tests.Cli;

public sealed class AdoptCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("priorities-adopt-").FullName;

    [Theory]
    [MemberData(nameof(AdoptionInputs.Refusals), MemberType = typeof(AdoptionInputs))]
    public async Task Adopt_Refused_ExitsOneWithTheCodeAndWritesNothing(string change, string code)
    {
        var (proposal, decisions) = Inputs(AdoptionInputs.Decisions(change));
        var output = Path.Combine(_folder, "adopted.json");

        var (exit, _, error) = await RunInProcess.RunAsync("adopt", "--proposal", proposal, "--decisions", decisions, "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains($"{decisions}:3:", error, StringComparison.Ordinal);
        Assert.Contains($"error {code}:", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Adopt_ProposalNotAResult_ExitsOneWithPR7005()
    {
        var (_, decisions) = Inputs(AdoptionInputs.Decisions());
        var proposal = Path.Combine(_folder, "assessment.json");
        await File.WriteAllTextAsync(proposal, "{\"partnership\": {\"name\": \"Oxford\"}}");

        var (exit, _, error) = await RunInProcess.RunAsync("adopt", "--proposal", proposal, "--decisions", decisions);

        Assert.Equal(1, exit);
        Assert.Contains("error PR7005:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adopt_SameInputsTwice_ByteIdenticalRecords()
    {
        var (proposal, decisions) = Inputs(AdoptionInputs.Decisions("{action: move, priority: cycle-crime, to: 1, reason: Station thefts.}"));
        var first = Path.Combine(_folder, "first.json");
        var second = Path.Combine(_folder, "second.json");

        var (exit, output, error) = await RunInProcess.RunAsync("adopt", "--proposal", proposal, "--decisions", decisions, "--out", first);
        await RunInProcess.RunAsync("adopt", "--proposal", proposal, "--decisions", decisions, "--out", second);

        Assert.True(exit == 0, error);
        Assert.Contains("priorities adopted by Safer Oxford Partnership Board on 2024-11-14 (1 changes", output, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
        Assert.StartsWith("{\"adopted\":[{", Encoding.UTF8.GetString(await File.ReadAllBytesAsync(first)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adopt_NoOut_WritesTheRecordToStandardOutput()
    {
        var (proposal, decisions) = Inputs(AdoptionInputs.Decisions());
        var file = Path.Combine(_folder, "adopted.json");
        await RunInProcess.RunAsync("adopt", "--proposal", proposal, "--decisions", decisions, "--out", file);

        var (exit, output, _) = await RunInProcess.RunAsync("adopt", "--proposal", proposal, "--decisions", decisions);

        Assert.Equal(0, exit);
        Assert.Equal(await File.ReadAllTextAsync(file), output);
    }

    [Fact]
    public async Task Adopt_MissingDecisionsOption_UsageExitTwo()
    {
        var (proposal, _) = Inputs(AdoptionInputs.Decisions());

        var (exit, _, _) = await RunInProcess.RunAsync("adopt", "--proposal", proposal);

        Assert.Equal(2, exit);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (string Proposal, string Decisions) Inputs(string decisions)
    {
        var proposal = Path.Combine(_folder, "plan.json");
        var file = Path.Combine(_folder, "decisions.yaml");
        File.WriteAllBytes(proposal, AdoptionInputs.ProposalBytes);
        File.WriteAllText(file, decisions);
        return (proposal, file);
    }
}
