using Priorities.Hosting;

namespace Priorities.Host.Tests.Packaging;

/// <summary>Writes a tiny console app (outside the repository, so its central package management cannot leak in) that uses the packages.</summary>
internal static class ConsumerProject
{
    public static string Write(string folder, string feed, string version, string repositoryRoot)
    {
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(repositoryRoot, "global.json"), Path.Combine(folder, "global.json"));
        File.WriteAllText(Path.Combine(folder, "nuget.config"), NugetConfig(feed));
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), Project(version));
        File.WriteAllText(Path.Combine(folder, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n");
        return folder;
    }

    private static string NugetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="local"><package pattern="Priorities.*" /></packageSource>
            <packageSource key="nuget.org"><package pattern="*" /></packageSource>
          </packageSourceMapping>
        </configuration>
        """;

    private static string Project(string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Priorities.Rules" Version="{version}" />
          </ItemGroup>
        </Project>
        """;

    private const string Program = """
        using Microsoft.Extensions.DependencyInjection;
        using Priorities.Assessments;
        using Priorities.Hosting;
        using Priorities.RuleSets;

        const string Rules = "ruleset: tiny\nversion: 1\npriorities:\n  - { id: burglary, title: Burglary, theme: Acquisitive, covers: [burglary] }\n"
            + "scoring:\n  method: weighted-sum\n  dimensions:\n    trend: { weight: 1 }\n  select: { top: 3, minScore: 1 }\n"
            + "rules:\n  - id: rising\n    when:\n      - fact: trend\n        as: t\n        where: t.category == 'burglary' and has(t.changePct) and t.changePct >= 10\n"
            + "    then:\n      propose: burglary\n      score: { trend: t.changePct }\n      because: \"{t.category} rose {t.changePct}%\"\n";
        var path = Path.Combine(AppContext.BaseDirectory, "consumer.yaml");
        File.WriteAllText(path, Rules);
        var broken = RuleSetLoader.LoadText("consumer.yaml", Rules.Replace("weighted-sum", "weighted-summ"));
        foreach (var d in broken.Diagnostics) Console.WriteLine($"diagnostic: {d}");

        using var services = new ServiceCollection().AddPriorities(o => o.Rules.Add(path)).BuildServiceProvider();
        var assessment = new Assessment
        {
            Partnership = new Partnership { Name = "Consumer CSP" },
            Period = new AssessmentPeriod { Start = "2024-01", End = "2024-12" },
            Trends = [new TrendFact { Category = "burglary", Area = "Town", Count = 125, PreviousCount = 100, Change = 25, ChangePct = 25, Source = "test" }],
        };
        var plan = await services.GetRequiredService<IPriorityPlanner>().ProposeAsync(assessment);
        foreach (var p in plan.Priorities)
            Console.WriteLine(FormattableString.Invariant($"{plan.RuleSet.Id} {plan.RuleSet.Version}: {p.Id} {p.Score} (rank {p.Rank})"));
        """;
}
