using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;

namespace Priorities.Host.Tests.Packaging;

/// <summary>
/// Packs Priorities.Engine and Priorities.Rules into a temp feed and builds a console app outside the repository
/// against them: the packages carry what a consumer needs (dependencies, README, docs), work through DI and bring
/// nothing of the importers or the reports.
/// </summary>
public sealed class PackageConsumerTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(5);
    private readonly string _work = Path.Combine(Path.GetTempPath(), "priorities-pack-" + Guid.NewGuid().ToString("N"));
    private readonly string _version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "priorities.engine", "priorities.rules" })
        {
            var folder = Path.Combine(cache, id, _version);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Pack_ThenConsumeFromAFeed_BuildsRunsAndProposes()
    {
        var feed = Path.Combine(_work, "feed");
        await PackAsync("Priorities.Engine", feed);
        await PackAsync("Priorities.Rules", feed);
        CheckPackage(Path.Combine(feed, $"Priorities.Rules.{_version}.nupkg"), "Priorities.Rules", "Priorities.Engine");
        CheckPackage(Path.Combine(feed, $"Priorities.Engine.{_version}.nupkg"), "Priorities.Engine", null);
        var app = ConsumerProject.Write(Path.Combine(_work, "consumer"), feed, _version, Import.Cli.Root);
        var output = await Dotnet.RunAsync(app, Bound, "run", "-c", "Release");
        Assert.Contains("tiny 1: burglary 25 (rank 1)", output, StringComparison.Ordinal);
        Assert.Contains("diagnostic: consumer.yaml:", output, StringComparison.Ordinal);
        AssertRestoredOnlyTheEvaluator(app);
    }

    /// <summary>
    /// A consumer of Priorities.Rules alone restores neither the importers' CsvHelper and System.IO.Hashing nor the
    /// reports' Open XML, directly or transitively (read from the restore's own record, obj/project.assets.json).
    /// </summary>
    private static void AssertRestoredOnlyTheEvaluator(string app)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(app, "obj", "project.assets.json")));
        var libraries = assets.RootElement.GetProperty("libraries").EnumerateObject();
        var ids = libraries.Select(l => l.Name.Split('/')[0]).ToArray();

        Assert.Contains("Priorities.Rules", ids);
        Assert.Contains("YamlDotNet", ids);
        Assert.DoesNotContain(ids, id => id.Equals("CsvHelper", StringComparison.OrdinalIgnoreCase)
            || id.Equals("System.IO.Hashing", StringComparison.OrdinalIgnoreCase)
            || id.StartsWith("DocumentFormat.OpenXml", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(ids, id => id is "Priorities.Import" or "Priorities.Reports");
    }

    private async Task PackAsync(string project, string feed)
    {
        var configuration = typeof(PackageConsumerTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var path = Path.Combine(Import.Cli.Root, "src", project, project + ".csproj");
        await Dotnet.RunAsync(Import.Cli.Root, Bound, "pack", path, "-c", configuration, "--no-build", "-o", feed, $"-p:Version={_version}");
    }

    private void CheckPackage(string nupkg, string id, string? dependency)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        Assert.NotNull(zip.GetEntry("README.md"));
        Assert.NotNull(zip.GetEntry($"lib/net10.0/{id}.xml"));
        using var stream = zip.GetEntry($"{id}.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var metadata = nuspec.Root!.Elements().First(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Null(metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "repository")?.Attribute("url"));
        if (dependency is null) return;
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").ToArray();
        Assert.Contains(dependencies, d => d.Attribute("id")?.Value == dependency && d.Attribute("version")?.Value == _version);
    }
}
