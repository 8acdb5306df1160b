using System.Globalization;
using System.IO.Compression;
using System.Reflection;

namespace Priorities.Host.Tests.Packaging;

/// <summary>
/// Packs the host as the .NET tool Priorities.Tool into a temp feed, installs it into a temp tool path and runs it in
/// an empty folder outside the repository: it needs no checkout, and proposes exactly what the built host does.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(5);
    private readonly string _work = Path.Combine(Path.GetTempPath(), "priorities-tool-" + Guid.NewGuid().ToString("N"));
    private readonly string _version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var folder = Path.Combine(cache, "priorities.tool", _version);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task InstallFromAFeed_ProposeOutsideTheRepository_ByteIdenticalToTheBuiltHost()
    {
        var tool = await InstallAsync();
        var elsewhere = Directory.CreateDirectory(Path.Combine(_work, "elsewhere")).FullName;

        var (installed, _) = await Dotnet.RunProgramAsync(tool, elsewhere, Bound, "propose", "--format", "json");
        var (byName, _) = await Dotnet.RunProgramAsync(tool, elsewhere, Bound, "propose", "--format", "json", "--rules", "oxford", "--assessment", "oxford-city-2024");
        var (inRepository, _) = await Dotnet.RunProgramAsync("dotnet", Import.Cli.Root, Bound, BuiltHost(), "propose", "--format", "json");
        var (fromFiles, _) = await Dotnet.RunProgramAsync("dotnet", Import.Cli.Root, Bound, BuiltHost(), "propose", "--format", "json",
            "--rules", Path.Combine("rules", "oxford.yaml"), "--assessment", Path.Combine("samples", "oxford-city-2024.yaml"));

        Assert.True(installed.Length > 1000, $"only {installed.Length} bytes proposed");
        Assert.Equal(inRepository, installed);
        Assert.Equal(installed, byName);
        Assert.Equal(fromFiles, installed);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }

    /// <summary>Packs the tool, checks the package is one, and installs it into a temp tool path; returns the command's path.</summary>
    private async Task<string> InstallAsync()
    {
        var feed = Path.Combine(_work, "feed");
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var project = Path.Combine(Import.Cli.Root, "src", "Priorities.Host", "Priorities.Host.csproj");
        await Dotnet.RunAsync(Import.Cli.Root, Bound, "pack", project, "-c", configuration, "--no-build", "-o", feed, $"-p:Version={_version}");
        using (var zip = ZipFile.OpenRead(Path.Combine(feed, $"Priorities.Tool.{_version}.nupkg")))
        {
            Assert.NotNull(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml"));
            Assert.NotNull(zip.GetEntry("README.md"));
        }
        var config = Path.Combine(_work, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{feed}" /></packageSources></configuration>
            """);
        var tools = Path.Combine(_work, "tools");
        await Dotnet.RunAsync(_work, Bound, "tool", "install", "--tool-path", tools, "--configfile", config, "Priorities.Tool", "--version", _version);
        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "priorities.exe" : "priorities");
        Assert.True(File.Exists(command), $"the tool's command is not at {command}");
        return command;
    }

    private static string BuiltHost()
    {
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        return Path.Combine(Import.Cli.Root, "src", "Priorities.Host", "bin", configuration, "net10.0", "priorities.dll");
    }
}
