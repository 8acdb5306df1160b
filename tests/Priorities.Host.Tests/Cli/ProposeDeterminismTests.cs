using Priorities.Assessments;

namespace Priorities.Host.Tests.Cli;

public sealed class ProposeDeterminismTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "priorities-propose-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ProposeJson_SameInputTwice_ByteIdentical()
    {
        var args = new[] { "propose", "--format", "json", "--rules", RunInProcess.Repo("rules", "oxford.yaml"), "--assessment", RunInProcess.Repo("samples", "oxford-city-2024.yaml") };

        var first = await RunInProcess.RunAsync(args);
        var second = await RunInProcess.RunAsync(args);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        Assert.StartsWith("{\n", first.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProposeJson_FactsInReverseOrderAsJson_SameOutput()
    {
        var sample = RunInProcess.Repo("samples", "oxford-city-2024.yaml");
        var a = AssessmentSerializer.FromYaml(await File.ReadAllTextAsync(sample));
        var reversed = a with { Trends = a.Trends.Reverse().ToArray(), Volumes = a.Volumes.Reverse().ToArray(), Harm = a.Harm.Reverse().ToArray(), Concern = a.Concern.Reverse().ToArray(), Duties = a.Duties!.Reverse().ToArray() };
        var path = Path.Combine(_folder, "reversed.json");
        await File.WriteAllTextAsync(path, AssessmentSerializer.ToJson(reversed));

        var original = await RunInProcess.RunAsync("propose", "--format", "json", "--assessment", sample);
        var shuffled = await RunInProcess.RunAsync("propose", "--format", "json", "--assessment", path);

        Assert.Equal((0, 0), (original.ExitCode, shuffled.ExitCode));
        Assert.Equal(original.Output, shuffled.Output);
    }
}
