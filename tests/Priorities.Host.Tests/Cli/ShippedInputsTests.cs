using System.Reflection;
using System.Text;
using Priorities.Host.Cli;
using Priorities.Host.Tests.Http;
using Priorities.Host.Tests.Packaging;

namespace Priorities.Host.Tests.Cli;

public sealed class ShippedInputsTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(1);
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "priorities-shipped-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Validate_ShippedNames_ValidatesTheSetsInsideTheTool()
    {
        var (code, output, error) = await RunInProcess.RunAsync("validate", "--rules", "oxford", "matrix.yaml");

        Assert.True(code == ExitCodes.Success, error);
        Assert.StartsWith("(shipped)/rules/oxford.yaml: valid — oxford-csp ", output, StringComparison.Ordinal);
        Assert.Contains("\n(shipped)/rules/matrix.yaml: valid — ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NoRules_ValidatesTheShippedDefault()
    {
        var (code, output, _) = await RunInProcess.RunAsync("validate");

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("(shipped)/rules/oxford.yaml: valid — ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_FolderNamedLikeAShippedSet_TheFolderWins()
    {
        var mine = Directory.CreateDirectory(Path.Combine(_folder, "oxford")).FullName;
        File.WriteAllText(Path.Combine(mine, "tiny.yaml"), TinyRules.RootText + "\n");
        File.WriteAllText(Path.Combine(mine, "catalogue.yaml"), TinyRules.CatalogueText + "\n");

        var (output, _) = await Dotnet.RunProgramAsync("dotnet", _folder, Bound, BuiltHost(), "validate", "--rules", "oxford");

        Assert.StartsWith($"{Path.Combine("oxford", "tiny.yaml")}: valid — tiny 1,", Encoding.UTF8.GetString(output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_NeitherFileNorShippedName_UsageErrorSayingSo()
    {
        var (code, _, error) = await RunInProcess.RunAsync("propose", "--rules", "oxfordshire", "--assessment", "oxford-city");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--rules 'oxfordshire': no such file or folder, nor a shipped rule set.", error, StringComparison.Ordinal);
        Assert.Contains("--assessment 'oxford-city': no such file or folder, nor a shipped sample.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAssessment_NoneNamed_TheShippedOxfordSample()
    {
        var loaded = ShippedInputs.ReadAssessment(null);

        Assert.Equal("(shipped)/samples/oxford-city-2024.yaml", loaded.File);
        Assert.Equal("Oxford Safer Communities Partnership", loaded.Assessment!.Partnership.Name);
    }

    private static string BuiltHost()
    {
        var configuration = typeof(ShippedInputsTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        return Path.Combine(Import.Cli.Root, "src", "Priorities.Host", "bin", configuration, "net10.0", "priorities.dll");
    }
}
