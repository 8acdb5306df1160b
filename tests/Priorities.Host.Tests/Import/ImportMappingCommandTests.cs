namespace Priorities.Host.Tests.Import;

/// <summary>
/// <c>priorities import police-uk --mapping</c> with a hostile YAML file: the real CLI exits 1 with one error at
/// file:line:col, leaves the output alone and never crashes (a stack overflow would end the process with no message).
/// </summary>
public sealed class ImportMappingCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "priorities-cli-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task PoliceUk_MappingNestedSixtyThousandDeep_ExitOneWithFileLineAndColumn()
    {
        var mapping = Path.Combine(_folder, "map.yaml");
        await File.WriteAllTextAsync(mapping, "A: " + new string('[', 60_000) + new string(']', 60_000) + "\n");
        var path = Path.Combine(_folder, "out.yaml");
        var input = Cli.Fixture("police-uk", "northumbria");

        var (code, output, error) = await Cli.RunAsync(
            "import", "police-uk", "-i", input, "--current", "2022-03", "--mapping", mapping, "-o", path);

        Assert.Equal((1, string.Empty), (code, output));
        var expected = $"{mapping}:1:67: error PR4044: The document is nested more than 64 levels deep.";
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
